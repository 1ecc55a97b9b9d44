// SOURCE: public GitHub file (agnc agent run loop: `curl_initialized` set after curl_global_init, and the `cleanup:` label calls curl_global_cleanup only when it is set; search-index id 54656313484; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - a one-shot run function initialises libcurl itself and tears it down at its cleanup label; it is called once from main
#include <curl/curl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

int agnc_run(const char *url) {
  int status = 0;
  bool curl_initialized = false;
  char *error_message = NULL;
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    status = 1;
    goto cleanup;
  }
  curl_initialized = true;
  CURL *easy = curl_easy_init();
  if (easy == NULL) {
    status = 1;
    goto cleanup;
  }
  curl_easy_setopt(easy, CURLOPT_URL, url);
  if (curl_easy_perform(easy) != CURLE_OK)
    status = 2;
  curl_easy_cleanup(easy);

cleanup:
  if (status != 0)
    fprintf(stderr, "agnc: %s\n", error_message ? error_message : "failed");
  free(error_message);
  if (curl_initialized) {
    curl_global_cleanup();
  }
  return status;
}

int main(int argc, char **argv) {
  return argc > 1 ? agnc_run(argv[1]) : 2;
}

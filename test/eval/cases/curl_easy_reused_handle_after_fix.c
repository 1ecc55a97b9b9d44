// SOURCE: https://github.com/tomobones/dictcc_wrapper/pull/7 (the fix: "addition of a function to perform initialization of the handle and another one to do clean-up at program exit")
// LIBRARY: curl
// SHAPE: negative - handle created once by an init function into a file-scope static; the per-word lookup only resets and reuses it
#include <curl/curl.h>
#include <stdio.h>

static CURL *curl_handle = NULL;

static size_t write_data(void *ptr, size_t size, size_t nmemb, void *stream) {
  return fwrite(ptr, size, nmemb, (FILE *)stream);
}

static int init_handle(void) {
  curl_handle = curl_easy_init();
  return curl_handle ? 0 : -1;
}

static void cleanup_handle(void) {
  curl_easy_cleanup(curl_handle);
  curl_handle = NULL;
}

static int lookup(const char *word, FILE *out) {
  char url[512];
  curl_easy_reset(curl_handle);
  snprintf(url, sizeof(url), "https://www.dict.cc/?s=%s", word);
  curl_easy_setopt(curl_handle, CURLOPT_URL, url);
  curl_easy_setopt(curl_handle, CURLOPT_WRITEFUNCTION, write_data);
  curl_easy_setopt(curl_handle, CURLOPT_WRITEDATA, out);
  return curl_easy_perform(curl_handle) == CURLE_OK ? 0 : -1;
}

int main(int argc, char **argv) {
  curl_global_init(CURL_GLOBAL_ALL);
  if (init_handle())
    return 1;
  for (int i = 1; i < argc; i++)
    lookup(argv[i], stdout);
  cleanup_handle();
  curl_global_cleanup();
  return 0;
}

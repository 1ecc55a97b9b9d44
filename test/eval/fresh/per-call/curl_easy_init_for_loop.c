// SOURCE: https://github.com/curl/curl/issues/1901
// LIBRARY: curl
// SHAPE: positive - a new easy handle for each of 5000 transfers to the same local server (and only cleaned up on failure)
#include <curl/curl.h>
#include <stdio.h>

int main(void) {
  CURL *curl;
  CURLcode res;
  int i;
  for (i = 0; i < 5000; i++) {
    curl = curl_easy_init(); // EXPECT-WARN
    if (curl) {
      curl_easy_setopt(curl, CURLOPT_URL, "http://local_server.index.m3u8");
      curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);

      res = curl_easy_perform(curl);

      if (res != CURLE_OK) {
        printf("res = %d\n", res);
        fprintf(stderr, "curl_easy_perform() failed: %s\n", curl_easy_strerror(res));
        curl_easy_cleanup(curl);
      }
    }
  }
  return 0;
}

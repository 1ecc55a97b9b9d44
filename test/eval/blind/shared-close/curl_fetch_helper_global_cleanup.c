// SOURCE: public GitHub file (Romanian bank holidays client, `char *fetch(int year)`: curl_easy_init ... curl_easy_cleanup(curl); curl_global_cleanup(); return result; - no curl_global_init in the function; search-index id 38850215494; the index does not name its repository)
// LIBRARY: curl
// SHAPE: positive - a fetch helper ends with curl_global_cleanup although it never initialised libcurl; every other user of libcurl in the process loses it
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t callback(void *data, size_t size, size_t nmemb, void *userp) {
  char **out = userp;
  size_t n = size * nmemb;
  strncat(*out, data, n < 1023 ? n : 1023);
  return n;
}

char *fetch(int year) {
  char destination[128];
  char *result = calloc(1, 1024);
  snprintf(destination, sizeof destination,
           "https://holidays.example.net/?year=%d", year);
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, destination);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, callback);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, (void *)&result);
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  curl_global_cleanup(); // EXPECT-WARN
  return result;
}

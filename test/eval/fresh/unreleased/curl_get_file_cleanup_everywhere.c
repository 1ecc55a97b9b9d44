// SOURCE: public GitHub file (MQTT broadcast downloader, _get_file(); search-index id 1767102717; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - NULL-checked init; the fopen failure path and the normal path both call curl_easy_cleanup
#include <curl/curl.h>
#include <stdio.h>

static int _get_file(const char *url, const char *filename) {
  if (!url || !filename)
    return -1;

  CURL *curl = curl_easy_init();
  if (!curl) {
    return -1;
  }

  FILE *file = fopen(filename, "w");
  if (!file) {
    perror("fopen");
    curl_easy_cleanup(curl);
    return -1;
  }

  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, file);
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  CURLcode res = curl_easy_perform(curl);

  fclose(file);
  curl_easy_cleanup(curl);

  return res != CURLE_OK ? -1 : 0;
}

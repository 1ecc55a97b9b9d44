// SOURCE: https://github.com/tomobones/dictcc_wrapper/pull/7 ("it's better(faster) to reuse the same handle to send mutiple requests as opposed to closing and reopening new ones") - the pre-PR shape: each lookup opens and closes its own handle, main loops over the words
// LIBRARY: curl
// SHAPE: positive - lookup helper called in main's loop over words; easy handle created and cleaned up per call
#include <curl/curl.h>
#include <stdio.h>

static size_t write_data(void *ptr, size_t size, size_t nmemb, void *stream) {
  return fwrite(ptr, size, nmemb, (FILE *)stream);
}

static int lookup(const char *word, FILE *out) {
  char url[512];
  CURL *curl_handle = curl_easy_init(); // EXPECT-WARN
  if (!curl_handle)
    return -1;
  snprintf(url, sizeof(url), "https://www.dict.cc/?s=%s", word);
  curl_easy_setopt(curl_handle, CURLOPT_URL, url);
  curl_easy_setopt(curl_handle, CURLOPT_WRITEFUNCTION, write_data);
  curl_easy_setopt(curl_handle, CURLOPT_WRITEDATA, out);
  CURLcode res = curl_easy_perform(curl_handle);
  curl_easy_cleanup(curl_handle);
  return res == CURLE_OK ? 0 : -1;
}

int main(int argc, char **argv) {
  curl_global_init(CURL_GLOBAL_ALL);
  for (int i = 1; i < argc; i++)
    lookup(argv[i], stdout);
  curl_global_cleanup();
  return 0;
}

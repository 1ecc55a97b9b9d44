// SOURCE: public GitHub file (OpenBangla check-update helper: `curl_global_init(CURL_GLOBAL_DEFAULT); ... curl_global_cleanup();` inside the per-request function; search-index id 30852355369; the index does not name its repository) - rendered with a caller that runs it for every mirror in a loop
// LIBRARY: curl
// SHAPE: positive - the helper initialises and tears libcurl down itself, and it runs once per loop iteration, so the teardown happens on every call
#include <curl/curl.h>
#include <stdio.h>

typedef struct {
  char *buf;
  size_t len;
} ResponseBuffer;

static size_t write_callback(void *ptr, size_t size, size_t nmemb, void *userp) {
  (void)ptr;
  ResponseBuffer *r = userp;
  r->len += size * nmemb;
  return size * nmemb;
}

void fetch_release_info(const char *url, char *response_buffer) {
  ResponseBuffer response = {response_buffer, 0};
  response_buffer[0] = '\0';
  curl_global_init(CURL_GLOBAL_DEFAULT);
  CURL *curl = curl_easy_init();
  if (curl) {
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_callback);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);
    if (curl_easy_perform(curl) != CURLE_OK)
      fprintf(stderr, "curl_easy_perform() failed\n");
    curl_easy_cleanup(curl);
  }
  curl_global_cleanup(); // EXPECT-WARN
}

void check_all_mirrors(const char **mirrors, int n, char *buf) {
  for (int i = 0; i < n; i++)
    fetch_release_info(mirrors[i], buf);
}

// SOURCE: https://github.com/pivasoftware/easycwmp/pull/43 ("Fix libcurl related memory leak": curl_global_init() and curl_global_cleanup() were called on every http_client_init() / http_client_exit(); the fix moves them to main)
// LIBRARY: curl
// SHAPE: positive - the per-session exit function tears libcurl down for the whole process; it does not initialise libcurl itself (http_client_init does) and is not a shutdown path
#include <curl/curl.h>
#include <stdlib.h>

static CURL *curl;
static struct curl_slist *header_list;

int http_client_init(const char *url) {
  curl_global_init(CURL_GLOBAL_SSL);
  curl = curl_easy_init();
  if (!curl)
    return -1;
  curl_easy_setopt(curl, CURLOPT_URL, url);
  header_list = curl_slist_append(NULL, "Content-Type: text/xml");
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, header_list);
  return 0;
}

void http_client_exit(void) {
  if (header_list) {
    curl_slist_free_all(header_list);
    header_list = NULL;
  }
  if (curl) {
    curl_easy_cleanup(curl);
    curl = NULL;
  }
  curl_global_cleanup(); // EXPECT-WARN
}

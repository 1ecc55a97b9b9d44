// SOURCE: https://github.com/curl/curl/pull/9114 ("tool_operate.c: fix several problems about the usage of curl_easy_init() ... we should call curl_easy_cleanup() to prevent potential memory leaks on other error handling paths")
// LIBRARY: curl
// SHAPE: positive - the easy handle is checked for NULL, but a failed setup step returns its error code without curl_easy_cleanup
#include <curl/curl.h>

static CURLcode setup_transfer(CURL *curl, const char *url) {
  CURLcode result = curl_easy_setopt(curl, CURLOPT_URL, url);
  if (!result)
    result = curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  return result;
}

CURLcode transfer_per_config(const char *url, long *status) {
  CURL *curl = curl_easy_init(); // EXPECT-WARN
  if (!curl)
    return CURLE_OUT_OF_MEMORY;
  CURLcode result = setup_transfer(curl, url);
  if (result)
    return result;
  result = curl_easy_perform(curl);
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, status);
  curl_easy_cleanup(curl);
  return result;
}

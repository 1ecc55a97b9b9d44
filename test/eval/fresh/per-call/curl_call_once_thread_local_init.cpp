// SOURCE: public GitHub file (chat bot history plugin hist::http_get; search-index id 65758179190; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - global init under std::call_once and the easy handle as a thread_local initialised once per thread, reset between requests
#include <curl/curl.h>

#include <mutex>
#include <string>

static size_t write_cb(char *ptr, size_t size, size_t nmemb, void *userdata) {
  static_cast<std::string *>(userdata)->append(ptr, size * nmemb);
  return size * nmemb;
}

std::string http_get(const std::string &url) {
  static std::once_flag once;
  std::call_once(once, []() { curl_global_init(CURL_GLOBAL_DEFAULT); });
  thread_local CURL *h = curl_easy_init();
  if (h == nullptr) {
    return "";
  }
  curl_easy_reset(h);
  std::string out;
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 25L);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, write_cb);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &out);
  if (curl_easy_perform(h) != CURLE_OK) return "";
  return out;
}

void fetch_all(const std::string *urls, int n) {
  for (int i = 0; i < n; ++i) http_get(urls[i]);
}

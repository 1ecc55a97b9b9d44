// SOURCE: public GitHub file (an HTTP package repository client, initCurlOnce(): "cleanup runs at static-destructor time. (HttpRepository instances are constructed lazily from the resolver, so we can't rely on a single fixed init site.)"; search-index id 63272235686; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - (hard) the first HttpRepository initialises libcurl under std::call_once and registers a captureless lambda with std::atexit that calls curl_global_cleanup, so the teardown runs once at exit. The docs list a captureless lambda passed to atexit as a known problem reported as a teardown outside shutdown (expected FP); the download code is reduced to one GET
#include <curl/curl.h>

#include <cstdlib>
#include <mutex>
#include <string>

namespace {
std::once_flag g_curlInitOnce;
void initCurlOnce() {
  std::call_once(g_curlInitOnce, []() {
    ::curl_global_init(CURL_GLOBAL_DEFAULT);
    std::atexit([]() { ::curl_global_cleanup(); });
  });
}

size_t writeToString(char *ptr, size_t size, size_t nmemb, void *userdata) {
  auto *out = static_cast<std::string *>(userdata);
  size_t bytes = size * nmemb;
  out->append(ptr, bytes);
  return bytes;
}
} // namespace

class HttpRepository {
public:
  explicit HttpRepository(std::string baseUrl) : m_baseUrl(std::move(baseUrl)) {
    initCurlOnce();
  }

  bool fetchIndex(std::string &out) const {
    CURL *curl = curl_easy_init();
    if (!curl)
      return false;
    std::string url = m_baseUrl + "/index.json";
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeToString);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &out);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK;
  }

private:
  std::string m_baseUrl;
};

// SOURCE: public GitHub file (an InetStream implementation with a static CCurlManager g_curlManager that pools CurlSession objects; search-index id 2515363957; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - a namespace-scope static manager object calls curl_global_init in its constructor and curl_global_cleanup in its destructor, which run once, before main and at static destruction (the session pool is reduced to a list of CURL handles reused by endpoint)
#include <curl/curl.h>

#include <list>
#include <mutex>
#include <stdexcept>
#include <string>

static class CCurlManager {
public:
  CCurlManager() {
    if (::curl_global_init(0) != CURLE_OK)
      throw std::runtime_error("curl_global_init failed");
  }

  ~CCurlManager() { ::curl_global_cleanup(); }

  CURL *GetSession() {
    std::lock_guard<std::mutex> lock(Mtx);
    if (!Sessions.empty()) {
      CURL *r = Sessions.front();
      Sessions.pop_front();
      return r;
    }
    return ::curl_easy_init();
  }

  void ReturnSession(CURL *p) {
    std::lock_guard<std::mutex> lock(Mtx);
    Sessions.push_front(p);
  }

private:
  std::mutex Mtx;
  std::list<CURL *> Sessions;
} g_curlManager;

bool InetGet(const std::string &url) {
  CURL *h = g_curlManager.GetSession();
  ::curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  bool ok = ::curl_easy_perform(h) == CURLE_OK;
  g_curlManager.ReturnSession(h);
  return ok;
}

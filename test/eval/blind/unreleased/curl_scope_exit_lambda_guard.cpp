// SOURCE: https://github.com/tarickb/sasl-xoauth2/pull/116 ("use RAII to manage the CURL handle so that cleanup occurs automatically even in the case of early return")
// LIBRARY: curl
// SHAPE: negative - a scope-exit guard holding a lambda that captures the handle by reference cleans it up on every return
#include <curl/curl.h>

#include <string>
#include <utility>

template <typename F> class ScopeExit {
public:
  explicit ScopeExit(F Fn) : Fn(std::move(Fn)) {}
  ~ScopeExit() { Fn(); }
  ScopeExit(const ScopeExit &) = delete;
  ScopeExit &operator=(const ScopeExit &) = delete;

private:
  F Fn;
};

long fetchToken(const std::string &Url, const std::string &Body) {
  CURL *Curl = curl_easy_init();
  if (Curl == nullptr)
    return -1;
  ScopeExit Cleanup([&] { curl_easy_cleanup(Curl); });
  if (curl_easy_setopt(Curl, CURLOPT_URL, Url.c_str()) != CURLE_OK)
    return -1;
  curl_easy_setopt(Curl, CURLOPT_POSTFIELDS, Body.c_str());
  if (curl_easy_perform(Curl) != CURLE_OK)
    return -1;
  long Code = 0;
  curl_easy_getinfo(Curl, CURLINFO_RESPONSE_CODE, &Code);
  return Code;
}

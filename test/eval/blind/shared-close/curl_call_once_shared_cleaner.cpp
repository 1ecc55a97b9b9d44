// SOURCE: public GitHub file (WebGrep ch_ctx_curl.cpp: ClientCtx's constructor runs curl_global_init once via std::call_once and stores a static std::shared_ptr<std::function> whose lambda calls curl_global_cleanup at static destruction; search-index id 30893245286; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - the teardown lambda is created once and runs only when the static holder is destroyed at process exit
#include <curl/curl.h>

#include <functional>
#include <memory>
#include <mutex>

namespace WebGrep {
typedef std::function<void()> Ftor_t;
static std::shared_ptr<Ftor_t> CurlGlobalCleaner;

class ClientCtx {
public:
  ClientCtx() : curl(nullptr) {
    static std::once_flag curl_once;
    std::call_once(curl_once, []() {
      curl_global_init(CURL_GLOBAL_ALL);
      CurlGlobalCleaner =
          std::make_shared<Ftor_t>([]() { curl_global_cleanup(); });
    });
  }
  ~ClientCtx() { disconnect(); }
  void disconnect() {
    if (curl != nullptr) {
      curl_easy_cleanup(curl);
      curl = nullptr;
    }
  }

private:
  CURL *curl;
};
} // namespace WebGrep

// SOURCE: public GitHub file (Helix::Core::Network: static Initialize() runs curl_global_init, static Finalize() runs curl_global_cleanup; search-index id 24676965229; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - a static Finalize() that ends libcurl, called once when the server stops
#include <curl/curl.h>

#include <cstdio>

namespace Helix::Core::Network {
class Network {
public:
  static bool Initialize() {
    if (const auto ret = ::curl_global_init(CURL_GLOBAL_ALL); ret != CURLE_OK) {
      std::fprintf(stderr, "curl initialize error %s\n", ::curl_easy_strerror(ret));
      return false;
    }
    return true;
  }
  static bool Finalize() {
    ::curl_global_cleanup();
    return true;
  }
};
} // namespace Helix::Core::Network

// SOURCE: public GitHub file (DroneDB ddb::net: Initialize() calls curl_global_init and Destroy() calls curl_global_cleanup, under a TODO asking whether the cleanup is needed at shutdown; search-index id 22192036480; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - a library's own Destroy() wrapper around curl_global_cleanup, named as a teardown and called once at exit
#include <curl/curl.h>

namespace ddb::net {

void Initialize() { curl_global_init(CURL_GLOBAL_ALL); }

// TODO: do we need to curl_global_cleanup at shutdown?
void Destroy() { curl_global_cleanup(); }

} // namespace ddb::net

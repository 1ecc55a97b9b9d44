// SOURCE: public GitHub file doh.cpp (dohboy DNS-over-HTTPS forwarder; search-index id 42616054932; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - the per-query Lookup() keeps one easy handle per thread: `thread_local CURL *curl = nullptr; if (!curl) curl = curl_easy_init();`
#include <curl/curl.h>

#include <cstring>
#include <string>

namespace dohboy {

struct write_buffer {
  size_t len;
  char *buf;
};

size_t write_data(void *buffer, size_t size, size_t nmemb, write_buffer *userp) {
  memcpy(userp->buf + userp->len, buffer, size * nmemb);
  userp->len += size * nmemb;
  return size * nmemb;
}

class DoH {
 public:
  int Lookup(const std::string &wire_query, write_buffer *out);
};

int DoH::Lookup(const std::string &wire_query, write_buffer *out) {
  thread_local CURL *curl = nullptr;

  if (!curl) {
    // one time setup per thread. these will leak on shutdown, but we're exiting everything then anyway
    curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, "https://dns.example.invalid/dns-query");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_data);
  }
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, wire_query.data());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)wire_query.size());
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
  return curl_easy_perform(curl) == CURLE_OK ? 0 : -1;
}

} // namespace dohboy

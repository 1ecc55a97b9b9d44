// SOURCE: public GitHub file (X402Client::httpGet; search-index id 12935686236; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - a NULL easy handle throws holding nothing; a failed perform frees the header list and the handle before throwing; the normal path frees both before returning
#include <curl/curl.h>
#include <stdexcept>
#include <string>
#include <vector>

struct HttpResponse {
  long status = 0;
  std::string body;
};

static size_t writeBody(char *ptr, size_t size, size_t nmemb, void *userdata) {
  static_cast<std::string *>(userdata)->append(ptr, size * nmemb);
  return size * nmemb;
}

HttpResponse httpGet(const std::string &url, const std::vector<std::string> &extraHeaders) {
  CURL *curl = curl_easy_init();
  if (!curl)
    throw std::runtime_error("curl_easy_init failed");
  struct curl_slist *hdrs = nullptr;
  for (auto &h : extraHeaders)
    hdrs = curl_slist_append(hdrs, h.c_str());
  HttpResponse resp;
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &resp.body);
  if (hdrs)
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
  auto rc = curl_easy_perform(curl);
  if (rc != CURLE_OK) {
    if (hdrs)
      curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    throw std::runtime_error(std::string("curl perform error: ") + curl_easy_strerror(rc));
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &resp.status);
  if (hdrs)
    curl_slist_free_all(hdrs);
  curl_easy_cleanup(curl);
  return resp;
}

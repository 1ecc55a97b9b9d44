// SOURCE: https://github.com/tarickb/sasl-xoauth2/pull/116 ("use RAII to manage the CURL handle so that cleanup occurs automatically even in the case of early return")
// LIBRARY: curl
// SHAPE: negative - the easy handle lives in a std::unique_ptr with curl_easy_cleanup as deleter, so every early return releases it
#include <curl/curl.h>

#include <memory>
#include <string>

namespace sasl_xoauth2 {

int HttpPost(const std::string &url, const std::string &data, long *response_code, std::string *response,
             std::string *error) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) {
    *error = "Unable to initialize curl";
    return -1;
  }
  char err_buf[CURL_ERROR_SIZE] = {};
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, err_buf);
  curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, data.c_str());
  CURLcode result = curl_easy_perform(curl.get());
  if (result != CURLE_OK) {
    *error = std::string("curl error: ") + err_buf;
    return -1;
  }
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, response_code);
  return 0;
}

} // namespace sasl_xoauth2

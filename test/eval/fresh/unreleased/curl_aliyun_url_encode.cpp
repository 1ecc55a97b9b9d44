// SOURCE: https://github.com/aliyun/aliyun-openapi-cpp-sdk/issues/5 (core/src/Utils.cc UrlEncode/UrlDecode)
// LIBRARY: curl
// SHAPE: positive - both helpers create an easy handle only to call curl_easy_escape/unescape and never clean it up
#include <curl/curl.h>

#include <string>

namespace AlibabaCloud {

std::string UrlEncode(const std::string &src) {
  CURL *curl = curl_easy_init(); // EXPECT-WARN
  char *output = curl_easy_escape(curl, src.c_str(), src.size());
  std::string result(output);
  curl_free(output);
  return result;
}

std::string UrlDecode(const std::string &src) {
  CURL *curl = curl_easy_init(); // EXPECT-WARN
  int outlength = 0;
  char *output = curl_easy_unescape(curl, src.c_str(), src.size(), &outlength);
  std::string result(output, outlength);
  curl_free(output);
  return result;
}

} // namespace AlibabaCloud

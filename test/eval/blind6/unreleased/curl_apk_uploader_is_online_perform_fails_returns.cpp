// SOURCE: public GitHub file (ApkUploader::checkIsOnline of an APK upload helper; search-index id 18740845814; the index does not name its repository)
// LIBRARY: curl
// SHAPE: positive - when curl_easy_perform fails the function returns false before curl_easy_cleanup; this runs on every poll while the server is down
#include <curl/curl.h>
#include <sstream>
#include <string>

static size_t writeToStream(char *ptr, size_t size, size_t nmemb, void *userdata) {
  static_cast<std::stringstream *>(userdata)->write(ptr, size * nmemb);
  return size * nmemb;
}

bool checkIsOnline(const std::string &apiAddress) {
  CURL *curl = curl_easy_init(); // EXPECT-WARN
  if (!curl)
    return false;
  curl_easy_setopt(curl, CURLOPT_URL, (apiAddress + "isOnline").c_str());
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 200L);
  std::stringstream ss;
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeToStream);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &ss);
  auto res = curl_easy_perform(curl);
  if (res != CURLE_OK)
    return false;
  curl_easy_cleanup(curl);
  return ss.str() == "ok";
}

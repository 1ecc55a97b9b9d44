// SOURCE: https://github.com/HowardHinnant/date/pull/652 ("Add global cleanup to curl object destructor"), reverted in https://github.com/HowardHinnant/date/commit/b8997743033449a996da70c3ac781d2c7937f3b8 after the report that the deleter runs once per download; rendered from src/tz.cpp
// LIBRARY: curl
// SHAPE: positive - libcurl is initialised once through a function-local static, but the deleter of every per-download CURL handle calls curl_global_cleanup; the first finished download tears libcurl down for every later one (the second download of the remote version check, the tzdata archive)
#include <curl/curl.h>

#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

static bool curl_global() {
  if (::curl_global_init(CURL_GLOBAL_DEFAULT) != 0)
    throw std::runtime_error("CURL global initialization failed");
  return true;
}

namespace {
struct curl_deleter {
  void operator()(CURL *p) const {
    ::curl_easy_cleanup(p);
    ::curl_global_cleanup(); // EXPECT-WARN
  }
};
} // unnamed namespace

static std::unique_ptr<CURL, curl_deleter> curl_init() {
  static const auto curl_is_now_initiailized = curl_global();
  (void)curl_is_now_initiailized;
  return std::unique_ptr<CURL, curl_deleter>{::curl_easy_init()};
}

static std::size_t write_to_string(void *contents, std::size_t size,
                                   std::size_t nmemb, void *userp) {
  static_cast<std::string *>(userp)->append(static_cast<char *>(contents),
                                            size * nmemb);
  return size * nmemb;
}

static bool download_to_string(const std::string &url, std::string &str) {
  str.clear();
  auto curl = curl_init();
  if (!curl)
    return false;
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, write_to_string);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &str);
  curl_easy_setopt(curl.get(), CURLOPT_FOLLOWLOCATION, 1L);
  return curl_easy_perform(curl.get()) == CURLE_OK;
}

std::string remote_version() {
  std::string version;
  std::string str;
  if (download_to_string("https://www.iana.org/time-zones", str)) {
    auto pos = str.find("tzdata");
    if (pos != std::string::npos)
      version = str.substr(pos + 6, 5);
  }
  return version;
}

bool remote_download(const std::string &version, const std::string &path) {
  std::string body;
  if (!download_to_string("https://data.iana.org/time-zones/releases/tzdata" +
                              version + ".tar.gz",
                          body))
    return false;
  std::FILE *f = std::fopen(path.c_str(), "wb");
  if (f == nullptr)
    return false;
  std::fwrite(body.data(), 1, body.size(), f);
  std::fclose(f);
  return true;
}

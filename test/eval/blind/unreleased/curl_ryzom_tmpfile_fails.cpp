// SOURCE: https://github.com/ryzom/ryzomcore/issues/227 ("possible curl handle leak": in CGroupHTML the curl handle is opened, then creating a temp file fails and the function exits without cleaning it up)
// LIBRARY: curl
// SHAPE: positive - the easy handle is created first; the temp-file failure returns without curl_easy_cleanup
#include <curl/curl.h>

#include <cstdio>
#include <string>

bool startDownload(const std::string &Url, const std::string &Dest) {
  CURL *curl = curl_easy_init(); // EXPECT-WARN
  if (!curl)
    return false;
  curl_easy_setopt(curl, CURLOPT_URL, Url.c_str());
  std::string tmpfile = Dest + ".tmp";
  FILE *fp = std::fopen(tmpfile.c_str(), "wb");
  if (fp == nullptr) {
    std::fprintf(stderr, "Can not open file '%s' for writing\n", tmpfile.c_str());
    return false;
  }
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, fp);
  CURLcode res = curl_easy_perform(curl);
  std::fclose(fp);
  curl_easy_cleanup(curl);
  return res == CURLE_OK;
}

// SOURCE: public GitHub file (EZHTTP wrapper; search-index id 18815699694; the index does not name its repository)
// LIBRARY: curl
// SHAPE: positive (hard) - the handle variable is thread_local, but curl_easy_init() is assigned to it on EVERY call, so each request gets a fresh handle and the previous one is lost (polling caller reconstructed)
#include <curl/curl.h>

#include <string>

class EZHTTPResponse {
 public:
  void errorMessage(const std::string &m) { msg_ = m; }
  void isSuccess(bool b) { ok_ = b; }
  void code(int c) { code_ = c; }

 private:
  std::string msg_;
  bool ok_ = false;
  int code_ = 0;
};

class EZHTTP {
 public:
  EZHTTPResponse get(const std::string &URL);

 private:
  long _realCert = 2;
};

EZHTTPResponse EZHTTP::get(const std::string &URL) {
  thread_local std::string buffer;
  thread_local CURL *conn = nullptr;
  thread_local char errorBuffer[CURL_ERROR_SIZE];
  thread_local EZHTTPResponse response;

  conn = curl_easy_init(); // EXPECT-WARN
  curl_easy_reset(conn);

  if (conn == nullptr) {
    response.errorMessage("Failed to create CURL connection");
    response.isSuccess(false);
    return response;
  }

  if (URL.rfind("https://", 0) == 0) {
    response.code(curl_easy_setopt(conn, CURLOPT_SSL_VERIFYHOST, _realCert));
  }
  curl_easy_setopt(conn, CURLOPT_ERRORBUFFER, errorBuffer);
  curl_easy_setopt(conn, CURLOPT_URL, URL.c_str());
  response.code(curl_easy_perform(conn));
  return response;
}

void poll_status(EZHTTP &http) {
  for (;;)
    http.get("https://status.example.invalid/health");
}

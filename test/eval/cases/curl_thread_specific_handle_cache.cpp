// SOURCE: https://github.com/nacos-group/nacos-sdk-cpp/issues/9 (src/http/HTTPCli.cpp getCurlHandle(): one CURL handle per thread kept with pthread_getspecific/pthread_setspecific; yzz-ihep's fix returns the cached handle instead of recreating it)
// LIBRARY: curl
// SHAPE: negative - per-thread cache through pthread TLS: created only when the thread has none, then kept
#include <curl/curl.h>
#include <pthread.h>
#include <string>

class HTTPCli {
public:
  HTTPCli() { pthread_key_create(&pthreadKey, &destroyCurlHandle); }
  CURL *getCurlHandle();
  int httpGet(const std::string &url, std::string &out);

private:
  static void destroyCurlHandle(void *arg) { curl_easy_cleanup(reinterpret_cast<CURL *>(arg)); }
  static size_t receive(char *ptr, size_t size, size_t nmemb, void *userdata) {
    static_cast<std::string *>(userdata)->append(ptr, size * nmemb);
    return size * nmemb;
  }
  pthread_key_t pthreadKey;
};

CURL *HTTPCli::getCurlHandle() {
  CURL *curlHandle = reinterpret_cast<CURL *>(pthread_getspecific(pthreadKey));
  if (curlHandle != NULL)
    return curlHandle;
  curlHandle = curl_easy_init();
  pthread_setspecific(pthreadKey, reinterpret_cast<void *>(curlHandle));
  return curlHandle;
}

int HTTPCli::httpGet(const std::string &url, std::string &out) {
  CURL *curlHandle = getCurlHandle();
  curl_easy_reset(curlHandle);
  curl_easy_setopt(curlHandle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curlHandle, CURLOPT_WRITEFUNCTION, &HTTPCli::receive);
  curl_easy_setopt(curlHandle, CURLOPT_WRITEDATA, &out);
  return curl_easy_perform(curlHandle) == CURLE_OK ? 0 : -1;
}

void pollServerList(HTTPCli &cli) {
  for (;;) {
    std::string body;
    cli.httpGet("http://127.0.0.1:8848/nacos/v1/ns/instance/list?serviceName=demo", body);
  }
}

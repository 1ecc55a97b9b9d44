// SOURCE: https://github.com/mrtazz/restclient-cpp/issues/19 ("crashed on calling curl_global_cleanup() with multithread") and https://github.com/mrtazz/restclient-cpp/issues/29 ("curl_global_cleanup at the end of every request is harmful"); rendered from the library's 2015 static RestClient::post
// LIBRARY: curl
// SHAPE: positive - the static RestClient::post runs curl_global_init ... curl_global_cleanup around every request; a reporter thread calls it for every event in a loop while other threads do the same, so one request tears libcurl down under the others (the worker threads are reconstructed)
#include <curl/curl.h>

#include <string>
#include <thread>
#include <vector>

class RestClient {
public:
  struct response {
    int code;
    std::string body;
  };
  static response post(const std::string &url, const std::string &ctype,
                       const std::string &data);
};

static size_t write_callback(void *data, size_t size, size_t nmemb,
                             void *userdata) {
  RestClient::response *r = static_cast<RestClient::response *>(userdata);
  r->body.append(static_cast<char *>(data), size * nmemb);
  return size * nmemb;
}

// Posts data to url with a new easy handle.
RestClient::response RestClient::post(const std::string &url,
                                      const std::string &ctype,
                                      const std::string &data) {
  RestClient::response ret = {};
  std::string ctype_header = "Content-Type: " + ctype;
  CURL *curl = NULL;
  CURLcode res = CURLE_OK;

  curl_global_init(CURL_GLOBAL_ALL);
  curl = curl_easy_init();
  if (curl) {
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, data.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)data.size());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_callback);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &ret);
    struct curl_slist *header = NULL;
    header = curl_slist_append(header, ctype_header.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, header);
    res = curl_easy_perform(curl);
    if (res != CURLE_OK) {
      ret.body = "Failed to query.";
      ret.code = -1;
      return ret;
    }
    long http_code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &http_code);
    ret.code = static_cast<int>(http_code);
    curl_slist_free_all(header);
    curl_easy_cleanup(curl);
    curl_global_cleanup(); // EXPECT-WARN
  }
  return ret;
}

// Sends every queued event to the collector.
static void reportEvents(const std::vector<std::string> *events) {
  for (const std::string &event : *events)
    RestClient::post("http://collector.internal/events", "application/json",
                     event);
}

void startReporters(const std::vector<std::vector<std::string>> &batches) {
  std::vector<std::thread> threads;
  for (const auto &batch : batches)
    threads.emplace_back(reportEvents, &batch);
  for (std::thread &t : threads)
    t.join();
}

// Posts every event to a webhook with a new libcurl handle.
#include "cache.h"
#include <curl/curl.h>
#include <string>
#include <vector>

void notifyAll(const std::vector<std::string> &Events) {
  for (const std::string &Event : Events) {
    CURL *Curl = curl_easy_init();
    curl_easy_setopt(Curl, CURLOPT_URL, "http://hooks.internal/events");
    curl_easy_setopt(Curl, CURLOPT_POSTFIELDS, Event.c_str());
    curl_easy_perform(Curl);
    curl_easy_cleanup(Curl);
  }
}

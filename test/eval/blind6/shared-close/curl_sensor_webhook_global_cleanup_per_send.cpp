// SOURCE: https://github.com/FurryNet/SensorServer/blob/b61ac7adf0dd15a1b33de867d8c6b94b819718d8/src/webhook.cpp (sendWebhook)
// LIBRARY: curl
// SHAPE: positive - the webhook sender tears libcurl down for the whole process after every POST, although it never initialises it; the next send re-initialises it implicitly, which is not thread-safe. Rendered: the caller that sends one webhook per sensor reading is reconstructed (the repository's C++ server was still a stub), and the original's mistyped CURLOPT_ME is CURLOPT_POSTFIELDS
#include <curl/curl.h>

#include <cstdio>
#include <string>

struct WebhookData_t {
  const char *url;
  const char *payload;
};

void sendWebhook(WebhookData_t *data) {
  CURL *curl;
  CURLcode res;
  curl = curl_easy_init();
  if (curl) {
    curl_easy_setopt(curl, CURLOPT_URL, data->url);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, data->payload);
    res = curl_easy_perform(curl);
    if (res != CURLE_OK) {
      std::fprintf(stderr, "curl_easy_perform() failed: %s\n",
                   curl_easy_strerror(res));
    }
    curl_easy_cleanup(curl);
  }
  curl_global_cleanup(); // EXPECT-WARN
}

// Forwards one sensor reading to the configured webhook.
void onSensorReading(const std::string &url, const std::string &json) {
  WebhookData_t data{url.c_str(), json.c_str()};
  sendWebhook(&data);
}

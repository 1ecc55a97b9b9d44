// SOURCE: github.com/microsoft/CCF src/host/notifying.h (NotifyConnectionsImpl::send_notification: `CURL* curl = curl_easy_init(); easy_handles.insert(curl); ... curl_multi_add_handle(multi_handle, curl);` - handles are tracked in a member set and cleaned up by the multi-handle completion path)
// LIBRARY: curl
// SHAPE: negative - an easy handle per notification, but it is handed to a long-lived multi handle and stored in a member set (the multi handle owns the connection cache)
#include <curl/curl.h>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

class NotifyConnectionsImpl {
 private:
  CURLM *multi_handle = nullptr;
  curl_slist *headers = nullptr;
  std::string notify_destination = {};
  std::set<CURL *> easy_handles;

 public:
  explicit NotifyConnectionsImpl(const std::string &dest) : notify_destination(dest) {
    multi_handle = curl_multi_init();
    headers = curl_slist_append(headers, "Content-Type: application/json");
  }

  void send_notification(const std::vector<uint8_t> &body) {
    if (multi_handle) {
      CURL *curl = curl_easy_init();
      easy_handles.insert(curl);
      curl_easy_setopt(curl, CURLOPT_URL, notify_destination.c_str());
      curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
      curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)body.size());
      curl_easy_setopt(curl, CURLOPT_COPYPOSTFIELDS, body.data());
      curl_multi_add_handle(multi_handle, curl);
    }
  }

  void on_every() {
    int running = 0;
    curl_multi_perform(multi_handle, &running);
    CURLMsg *m;
    int left;
    while ((m = curl_multi_info_read(multi_handle, &left))) {
      if (m->msg == CURLMSG_DONE) {
        curl_multi_remove_handle(multi_handle, m->easy_handle);
        easy_handles.erase(m->easy_handle);
        curl_easy_cleanup(m->easy_handle);
      }
    }
  }
};

extern bool next_commit(std::vector<uint8_t> &body);

int main() {
  NotifyConnectionsImpl notifier("http://127.0.0.1:9000/notify");
  std::vector<uint8_t> body;
  while (next_commit(body)) {
    notifier.send_notification(body);
    notifier.on_every();
  }
}

// SOURCE: https://github.com/curl/curl/blob/master/docs/examples/10-at-a-time.c (add_transfer() makes one easy handle per URL and hands it to the multi handle; finished handles are removed and cleaned up)
// LIBRARY: curl
// SHAPE: negative - an easy handle per transfer handed to a multi handle (whose connection cache is shared); multi made once in main
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>

static const char *urls[] = {"https://www.microsoft.com", "https://opensource.org", "https://www.google.com",
                             "https://www.yahoo.com", "https://www.ibm.com"};
#define MAX_PARALLEL 10
#define NUM_URLS sizeof(urls) / sizeof(char *)

static size_t write_cb(char *data, size_t n, size_t l, void *userp) {
  (void)data;
  (void)userp;
  return n * l;
}

static void add_transfer(CURLM *cm, unsigned int i, int *left) {
  CURL *eh = curl_easy_init();
  curl_easy_setopt(eh, CURLOPT_WRITEFUNCTION, write_cb);
  curl_easy_setopt(eh, CURLOPT_URL, urls[i]);
  curl_easy_setopt(eh, CURLOPT_PRIVATE, urls[i]);
  curl_multi_add_handle(cm, eh);
  (*left)++;
}

int main(void) {
  CURLM *cm;
  CURLMsg *msg;
  unsigned int transfers = 0;
  int msgs_left = -1;
  int left = 0;
  curl_global_init(CURL_GLOBAL_ALL);
  cm = curl_multi_init();
  curl_multi_setopt(cm, CURLMOPT_MAXCONNECTS, (long)MAX_PARALLEL);
  for (transfers = 0; transfers < MAX_PARALLEL && transfers < NUM_URLS; transfers++)
    add_transfer(cm, transfers, &left);
  do {
    int still_alive = 1;
    curl_multi_perform(cm, &still_alive);
    while ((msg = curl_multi_info_read(cm, &msgs_left))) {
      if (msg->msg == CURLMSG_DONE) {
        char *url;
        CURL *e = msg->easy_handle;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &url);
        fprintf(stderr, "R: %d - %s <%s>\n", msg->data.result, curl_easy_strerror(msg->data.result), url);
        curl_multi_remove_handle(cm, e);
        curl_easy_cleanup(e);
        left--;
      }
      if (transfers < NUM_URLS)
        add_transfer(cm, transfers++, &left);
    }
    if (left)
      curl_multi_wait(cm, NULL, 0, 1000, NULL);
  } while (left);
  curl_multi_cleanup(cm);
  curl_global_cleanup();
  return EXIT_SUCCESS;
}

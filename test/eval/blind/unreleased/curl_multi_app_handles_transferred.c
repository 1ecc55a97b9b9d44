// SOURCE: https://curl.se/libcurl/c/multi-app.html (libcurl example: easy handles created in a loop and added to a multi handle that drives them; removed and cleaned up after the transfers)
// LIBRARY: curl
// SHAPE: negative - each easy handle is handed to the multi handle with curl_multi_add_handle right after it is set up; the multi handle is cleaned up at the end
#include <curl/curl.h>

#define HANDLECOUNT 2

int fetch_both(const char *first, const char *second) {
  CURL *handles[HANDLECOUNT];
  const char *urls[HANDLECOUNT] = {first, second};
  CURLM *multi_handle = curl_multi_init();
  if (!multi_handle)
    return 1;
  for (int i = 0; i < HANDLECOUNT; i++) {
    CURL *easy = curl_easy_init();
    if (!easy)
      continue;
    curl_easy_setopt(easy, CURLOPT_URL, urls[i]);
    curl_multi_add_handle(multi_handle, easy);
    handles[i] = easy;
  }
  int still_running = 1;
  while (still_running) {
    CURLMcode mc = curl_multi_perform(multi_handle, &still_running);
    if (still_running && !mc)
      mc = curl_multi_poll(multi_handle, NULL, 0, 1000, NULL);
    if (mc)
      break;
  }
  for (int i = 0; i < HANDLECOUNT; i++) {
    curl_multi_remove_handle(multi_handle, handles[i]);
    curl_easy_cleanup(handles[i]);
  }
  curl_multi_cleanup(multi_handle);
  return 0;
}

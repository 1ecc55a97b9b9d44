// SOURCE: https://github.com/curl/curl/pull/4780 ("curl: cleanup multi handle on failure ... to fix memory leak in error path", fixes #4772)
// LIBRARY: curl
// SHAPE: positive - the multi handle is cleaned up at the end, but the early return when adding the first transfer fails skips curl_multi_cleanup
#include <curl/curl.h>

CURLcode parallel_transfers(CURL **easies, int n) {
  CURLM *multi = curl_multi_init(); // EXPECT-WARN
  if (!multi)
    return CURLE_OUT_OF_MEMORY;
  for (int i = 0; i < n; i++) {
    CURLMcode mc = curl_multi_add_handle(multi, easies[i]);
    if (mc != CURLM_OK)
      return CURLE_FAILED_INIT;
  }
  int still_running = 1;
  while (still_running) {
    curl_multi_perform(multi, &still_running);
    if (still_running)
      curl_multi_poll(multi, NULL, 0, 1000, NULL);
  }
  for (int i = 0; i < n; i++)
    curl_multi_remove_handle(multi, easies[i]);
  curl_multi_cleanup(multi);
  return CURLE_OK;
}

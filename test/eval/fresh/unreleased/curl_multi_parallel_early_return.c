// SOURCE: https://github.com/curl/curl/pull/4780 ("curl: cleanup multi handle on failure ... to fix memory leak in error path", src/tool_operate.c parallel_transfers)
// LIBRARY: curl
// SHAPE: positive - when adding the first transfers fails, parallel_transfers() returns without curl_multi_cleanup
#include <curl/curl.h>
#include <stdbool.h>

struct GlobalConfig;
CURLcode add_parallel_transfers(struct GlobalConfig *global, CURLM *multi, CURLSH *share, bool *morep, bool *addedp);
CURLcode check_finished(struct GlobalConfig *global, CURLM *multi, bool *addedp);

static CURLcode parallel_transfers(struct GlobalConfig *global, CURLSH *share) {
  CURLM *multi;
  CURLMcode mcode = CURLM_OK;
  CURLcode result = CURLE_OK;
  int still_running = 1;
  bool more_transfers;
  bool added_transfers;

  multi = curl_multi_init(); // EXPECT-WARN
  if (!multi)
    return CURLE_OUT_OF_MEMORY;

  result = add_parallel_transfers(global, multi, share, &more_transfers, &added_transfers);
  if (result)
    return result;

  while (!mcode && (still_running || more_transfers)) {
    mcode = curl_multi_poll(multi, NULL, 0, 1000, NULL);
    if (!mcode)
      mcode = curl_multi_perform(multi, &still_running);
    result = check_finished(global, multi, &added_transfers);
    if (result)
      break;
  }

  curl_multi_cleanup(multi);
  return result;
}

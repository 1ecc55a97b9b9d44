// SOURCE: rendered from libuv + curl multi integrations (the curl "multi-uv.c" example's on_timeout/curl_multi_socket_action pattern) in which the timer callback gives up on a CURLM_* error by cleaning up the global multi handle and leaving it set
// LIBRARY: curl
// SHAPE: positive - the libuv timer callback (uv_timer_start) cleans up the process's global multi handle when curl_multi_socket_action fails and leaves the global set; the socket callbacks and the next timer tick use the freed multi handle
#include <curl/curl.h>
#include <stdio.h>
#include <uv.h>

static CURLM *curl_handle;
static uv_timer_t timeout;

static void on_timeout(uv_timer_t *req) {
  (void)req;
  int running_handles;
  CURLMcode mc = curl_multi_socket_action(curl_handle, CURL_SOCKET_TIMEOUT, 0,
                                          &running_handles);
  if (mc != CURLM_OK) {
    fprintf(stderr, "curl_multi_socket_action: %s\n", curl_multi_strerror(mc));
    curl_multi_cleanup(curl_handle); // EXPECT-WARN
  }
}

static int start_timeout(CURLM *multi, long timeout_ms, void *userp) {
  (void)multi;
  (void)userp;
  if (timeout_ms < 0)
    uv_timer_stop(&timeout);
  else
    uv_timer_start(&timeout, on_timeout, timeout_ms == 0 ? 1 : timeout_ms, 0);
  return 0;
}

int setup(uv_loop_t *loop) {
  uv_timer_init(loop, &timeout);
  curl_handle = curl_multi_init();
  curl_multi_setopt(curl_handle, CURLMOPT_TIMERFUNCTION, start_timeout);
  return 0;
}

// Callbacks given to libuv's uv_read_start and uv_timer_start run again and
// again: a ZeroMQ context or a curl handle made in them is made every time.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <curl/curl.h>
#include <uv.h>
#include <zmq.h>

static void allocBuffer(uv_handle_t *, size_t Size, uv_buf_t *Buf) {
  *Buf = uv_buf_init(new char[Size], static_cast<unsigned>(Size));
}

// Every chunk read from the stream is forwarded through a new ZeroMQ context.
static void forwardChunk(uv_stream_t *, ssize_t, const uv_buf_t *) {
  // A thread-safe context: the fix shares one (see fix-* tests).
  void *Ctx = zmq_ctx_new();
  // CHECK: :[[@LINE-1]]:15: warning: 'zmq_ctx_new' creates a new 'ZeroMQ context' on every call to 'forwardChunk'; each one starts a new ZeroMQ context with its own I/O threads [resource-per-call-client]
  // CHECK: :[[@LINE+5]]:3: note: 'forwardChunk' is registered with 'uv_read_start' here as a libuv read callback, run for every chunk read from the stream
  zmq_ctx_term(Ctx);
}

void startForwarding(uv_stream_t *Stream) {
  uv_read_start(Stream, allocBuffer, forwardChunk);
}

// Every timer tick polls the health endpoint with a new curl handle.
static void pollHealth(uv_timer_t *) {
  CURL *Easy = curl_easy_init();
  // CHECK: :[[@LINE-1]]:16: warning: 'curl_easy_init' creates a new 'CURL' on every call to 'pollHealth'; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:3: note: 'pollHealth' is registered with 'uv_timer_start' here as a libuv timer callback, run every time the timer fires
  // CHECK: :[[@LINE-3]]:16: note: 'CURL' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  curl_easy_setopt(Easy, CURLOPT_URL, "http://127.0.0.1/health");
  curl_easy_perform(Easy);
  curl_easy_cleanup(Easy);
}

void startHealthPolling(uv_timer_t *Timer) {
  uv_timer_start(Timer, pollHealth, 0, 1000);
}

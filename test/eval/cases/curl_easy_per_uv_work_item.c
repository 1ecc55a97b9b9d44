// SOURCE: https://github.com/tensorflow/tensorflow/issues/19013 ("a single instance of the CurlHttpRequest and hence curl handle can only be used once and must be instantiated per request") - rendered as libuv work items, each downloading with a fresh easy handle
// LIBRARY: curl
// SHAPE: positive - uv_queue_work callback (runs for every queued request) creates and cleans up an easy handle
#include <curl/curl.h>
#include <uv.h>

typedef struct {
  uv_work_t req;
  const char *url;
  long status;
} fetch_job;

static void fetch_work(uv_work_t *req) {
  fetch_job *job = (fetch_job *)req->data;
  CURL *curl = curl_easy_init(); // EXPECT-WARN
  if (!curl)
    return;
  curl_easy_setopt(curl, CURLOPT_URL, job->url);
  curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
  if (curl_easy_perform(curl) == CURLE_OK)
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &job->status);
  curl_easy_cleanup(curl);
}

static void fetch_done(uv_work_t *req, int status) {
  (void)req;
  (void)status;
}

void enqueue_fetch(uv_loop_t *loop, fetch_job *job) {
  job->req.data = job;
  uv_queue_work(loop, &job->req, fetch_work, fetch_done);
}

// SOURCE: https://github.com/mariadb-corporation/libmarias3/issues/14 ("We are calling curl_easy_cleanup() on every request. This stops curl from reusing existing connections.") - shape of libmarias3 src/request.c execute_request() and the paged listing loop that calls it
// LIBRARY: curl
// SHAPE: positive - every S3 request makes and cleans up its own easy handle; listing calls it once per page in a loop
#include <curl/curl.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef struct ms3_st { const char *s3host; const char *key; const char *secret; } ms3_st;
struct memory_buffer_st { char *data; size_t length; };

static size_t body_callback(void *buffer, size_t size, size_t nitems, void *userdata) {
  (void)buffer;
  (void)userdata;
  return size * nitems;
}

static uint8_t execute_request(ms3_st *ms3, const char *bucket, const char *object, const char *continuation,
                               struct memory_buffer_st *mem, bool *truncated) {
  CURL *curl = NULL;
  CURLcode curl_res;
  char uri_buffer[1024];
  (void)ms3;
  (void)object;
  curl = curl_easy_init(); // EXPECT-WARN
  if (!curl)
    return 1;
  snprintf(uri_buffer, sizeof(uri_buffer), "https://%s/%s?list-type=2&continuation-token=%s", "s3.amazonaws.com",
           bucket, continuation ? continuation : "");
  curl_easy_setopt(curl, CURLOPT_URL, uri_buffer);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, body_callback);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, mem);
  curl_res = curl_easy_perform(curl);
  *truncated = false;
  curl_easy_cleanup(curl);
  return curl_res == CURLE_OK ? 0 : 1;
}

uint8_t ms3_list(ms3_st *ms3, const char *bucket, const char *prefix) {
  struct memory_buffer_st buf = {0};
  bool truncated = false;
  const char *continuation = NULL;
  uint8_t res;
  (void)prefix;
  do {
    res = execute_request(ms3, bucket, NULL, continuation, &buf, &truncated);
    if (res)
      break;
  } while (truncated);
  return res;
}

// SOURCE: github.com/mariadb-corporation/libmarias3 src/request.c before commit a99add6 (execute_request() starts with `CURL *curl = curl_easy_init();` and cleans up before returning, for every ms3_put/ms3_get/ms3_list; libmarias3#14 "We are calling curl_easy_cleanup() on every request. This stops curl from reusing existing connections"); the ColumnStore-style caller that uploads every extent file is rendered
// LIBRARY: curl
// SHAPE: positive - easy handle created at the top of the request executor, reached through ms3_put from a loop over files
#include <curl/curl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct ms3_st { char *s3key; char *s3secret; char *region; char *base_domain; } ms3_st;
typedef enum { MS3_CMD_LIST, MS3_CMD_PUT, MS3_CMD_GET, MS3_CMD_DELETE, MS3_CMD_HEAD } command_t;

static uint8_t build_request_uri(CURL *curl, const char *base_domain, const char *bucket, const char *object) {
  char uri[1024];
  snprintf(uri, sizeof(uri), "https://%s.%s/%s", bucket, base_domain ? base_domain : "s3.amazonaws.com", object);
  curl_easy_setopt(curl, CURLOPT_URL, uri);
  return 0;
}

uint8_t execute_request(ms3_st *ms3, command_t cmd, const char *bucket, const char *object,
                        const uint8_t *data, size_t data_size) {
  CURL *curl = curl_easy_init(); // EXPECT-WARN
  uint8_t res = build_request_uri(curl, ms3->base_domain, bucket, object);
  if (res) {
    curl_easy_cleanup(curl);
    return res;
  }
  if (cmd == MS3_CMD_PUT) {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, data);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)data_size);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
  }
  if (curl_easy_perform(curl) != CURLE_OK) res = 1;
  curl_easy_cleanup(curl);
  return res;
}

uint8_t ms3_put(ms3_st *ms3, const char *bucket, const char *key, const uint8_t *data, size_t length) {
  if (!ms3 || !bucket || !key || !data) return 1;
  return execute_request(ms3, MS3_CMD_PUT, bucket, key, data, length);
}

extern int read_extent(const char *path, uint8_t **buf, size_t *len);

int sync_extents(ms3_st *ms3, const char *bucket, char **paths, int npaths) {
  int failures = 0;
  for (int i = 0; i < npaths; i++) {
    uint8_t *buf = NULL;
    size_t len = 0;
    if (read_extent(paths[i], &buf, &len) == 0) {
      if (ms3_put(ms3, bucket, paths[i], buf, len)) failures++;
      free(buf);
    }
  }
  return failures;
}

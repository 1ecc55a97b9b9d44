// SOURCE: fwupd plugins/uefi-dbx snapd self-test fu_self_test_mock_snapd_easy_post_request (public GitHub file, search-index id 53282914703; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - a per-request copy made with curl_easy_duphandle from a fixture's configured handle is cleaned up before the only return
#include <curl/curl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  CURL *mock_snapd_curl;
  struct curl_slist *mock_curl_hdrs;
} FuTestFixture;

static bool fu_self_test_mock_snapd_easy_post_request(FuTestFixture *fixture,
                                                      const char *endpoint,
                                                      const char *data,
                                                      size_t len) {
  CURL *curl = curl_easy_duphandle(fixture->mock_snapd_curl);
  CURLcode res = (CURLcode)-1;
  long status_code = 0;
  char endpoint_str[256];
  snprintf(endpoint_str, sizeof endpoint_str, "http://localhost%s", endpoint);

  (void)curl_easy_setopt(curl, CURLOPT_URL, endpoint_str);
  (void)curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)len);
  (void)curl_easy_setopt(curl, CURLOPT_POSTFIELDS, data);
  res = curl_easy_perform(curl);
  fprintf(stderr, "curl error: %u %s\n", res, curl_easy_strerror(res));
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status_code);
  curl_easy_cleanup(curl);
  return res == CURLE_OK && status_code == 200;
}

bool fu_self_test_mock_snapd_reset(FuTestFixture *fixture) {
  return fu_self_test_mock_snapd_easy_post_request(fixture, "/test/reset",
                                                   NULL, 0);
}

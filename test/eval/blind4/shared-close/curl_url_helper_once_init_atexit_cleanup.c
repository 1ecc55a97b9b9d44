// SOURCE: public GitHub file with a URL helper library (search-index id 3275013705; urlHelperInit run by pthread_once; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - the helper initialises libcurl once per process through pthread_once and hands curl_global_cleanup itself to atexit; the per-request functions only create and clean up their own easy handles
#include <curl/curl.h>
#include <pthread.h>
#include <stdlib.h>

static pthread_once_t initOnce = PTHREAD_ONCE_INIT;

/* Auto initializer: called by pthread_once */
static void urlHelperInit(void) {
  curl_global_init(CURL_GLOBAL_ALL);
  atexit(curl_global_cleanup);
}

/* Fetches one URL; called from many threads. */
long urlHelperExecuteRequest(const char *url) {
  long httpCode = 0;
  pthread_once(&initOnce, urlHelperInit);

  CURL *ctx = curl_easy_init();
  if (ctx == NULL)
    return -1;
  curl_easy_setopt(ctx, CURLOPT_URL, url);
  curl_easy_setopt(ctx, CURLOPT_NOSIGNAL, 1L);
  if (curl_easy_perform(ctx) == CURLE_OK)
    curl_easy_getinfo(ctx, CURLINFO_RESPONSE_CODE, &httpCode);
  curl_easy_cleanup(ctx);
  return httpCode;
}

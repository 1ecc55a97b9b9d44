// SOURCE: https://curl.se/libcurl/c/curl_global_cleanup.html (teardown "after you are done using libcurl") - rendered with a hiredis global and libcurl both released from a function registered with atexit
// LIBRARY: hiredis
// SHAPE: negative - the global context and the library are released in an atexit handler registered in the same file
#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <stdlib.h>

redisContext *g_cache;

static void release_globals(void) {
  redisFree(g_cache);
  curl_global_cleanup();
}

int init_globals(void) {
  curl_global_init(CURL_GLOBAL_ALL);
  g_cache = redisConnect("127.0.0.1", 6379);
  if (g_cache == NULL || g_cache->err)
    return -1;
  atexit(release_globals);
  return 0;
}

// SOURCE: https://github.com/asyba/pushlogind (src/curl.h: curl_init() runs curl_global_init and curl_easy_init, curl_cleanup() runs curl_easy_cleanup and curl_global_cleanup; src/pushlogind.c: main calls curl_cleanup(curl) after its watch loop)
// LIBRARY: curl
// SHAPE: negative - the daemon's teardown helper ends libcurl, and its only call is main's last statement after the loop (the original also passes &curl to curl_easy_cleanup, a different bug, fixed here)
#include <curl/curl.h>
#include <stdio.h>
#include <unistd.h>

static CURL *curl_init_push(void) {
  curl_global_init(CURL_GLOBAL_ALL);
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://api.pushover.net/1/messages.json");
  return curl;
}

static void curl_push(CURL *curl, const char *who) {
  char post[256];
  snprintf(post, sizeof post, "message=%s+has+logged+in", who);
  curl_easy_setopt(curl, CURLOPT_COPYPOSTFIELDS, post);
  curl_easy_perform(curl);
}

static void curl_cleanup_push(CURL *curl) {
  curl_easy_cleanup(curl);
  curl_global_cleanup();
}

static int read_login(char *who, size_t n) {
  sleep(5);
  return snprintf(who, n, "root") > 0;
}

int main(void) {
  CURL *curl = curl_init_push();
  char who[64];
  while (read_login(who, sizeof who))
    curl_push(curl, who);
  curl_cleanup_push(curl);
  return 0;
}

// SOURCE: github.com/asyba/pushlogind src/curl.h + src/pushlogind.c (curl_init() does curl_global_init + curl_easy_init + CURLOPT_URL once; curl_push(curl, user) sets POSTFIELDS and performs for every login event read in the daemon's loop)
// LIBRARY: curl
// SHAPE: negative - easy handle created once by an init helper before the event loop and passed into the per-event push helper
#define _GNU_SOURCE
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct ll_user { char name[64]; char host[64]; };

static inline void curl_push(CURL *curl, struct ll_user user) {
  char *post;
  if (asprintf(&post, "token=%s&user=%s&message=%s+has+logged+in+from+%s", "TOKEN", "USER", user.name, user.host) < 0)
    return;
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, post);
  curl_easy_perform(curl);
  free(post);
}

CURL *curl_init(void) {
  CURL *curl;
  curl_global_init(CURL_GLOBAL_ALL);
  curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://api.pushover.net/1/messages.json");
  return curl;
}

void curl_cleanup(CURL *curl) {
  curl_easy_cleanup(curl);
  curl_global_cleanup();
}

extern int next_login(struct ll_user *u);

int main(void) {
  CURL *curl = curl_init();
  struct ll_user user;
  while (next_login(&user)) {
    curl_push(curl, user);
    sleep(1);
  }
  curl_cleanup(curl);
  return 0;
}

// SOURCE: https://github.com/curl/curl/blob/master/docs/examples/multithread.c (pull_one_url: each pthread makes, uses and cleans up one easy handle for its single URL)
// LIBRARY: curl
// SHAPE: negative - one handle per thread function that runs once per thread (not a loop body, not a handler)
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>

#define NUMT 4
static const char *const urls[NUMT] = {"https://curl.se/", "ftp://example.com/", "https://example.net/", "www.example"};

static void *pull_one_url(void *url) {
  CURL *curl;
  curl = curl_easy_init();
  if (curl) {
    curl_easy_setopt(curl, CURLOPT_URL, url);
    (void)curl_easy_perform(curl);
    curl_easy_cleanup(curl);
  }
  return NULL;
}

int main(void) {
  pthread_t tid[NUMT];
  int i;
  curl_global_init(CURL_GLOBAL_ALL);
  for (i = 0; i < NUMT; i++) {
    int error = pthread_create(&tid[i], NULL, pull_one_url, (void *)urls[i]);
    if (0 != error)
      fprintf(stderr, "Couldn't run thread number %d, errno %d\n", i, error);
  }
  for (i = 0; i < NUMT; i++)
    pthread_join(tid[i], NULL);
  curl_global_cleanup();
  return 0;
}

// SOURCE: SevenChords/CipesAtHome FTPManagement.c (handle_post, testRecord) and https://github.com/SevenChords/CipesAtHome/pull/44 ("Fix crash related to curl usage")
// LIBRARY: curl
// SHAPE: positive - the upload helper ends with curl_global_cleanup although it never ran curl_global_init; it is reached from the search workers whenever one finds a new record, while other workers may be fetching the server record with libcurl (the worker loop is rendered with pthreads; the project uses OpenMP)
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

void handle_post(const char *url, const char *json) {
  CURL *curl = curl_easy_init();
  if (curl) {
    struct curl_slist *headers = NULL;
    headers = curl_slist_append(headers, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    curl_slist_free_all(headers);
  }
  curl_global_cleanup(); // EXPECT-WARN
}

int getFastestRecordOnBlob(void);

/* Uploads the local roadmap when it beats the server's best. */
int testRecord(int localRecord) {
  char json[64];
  if (localRecord > getFastestRecordOnBlob())
    return 1;
  snprintf(json, sizeof(json), "{\"frames\":\"%d\"}", localRecord);
  handle_post("https://hundorecipes.azurewebsites.net/api/uploadAndVerify",
              json);
  return 0;
}

int searchOneBranch(void);

/* One search worker; several run at once. */
static void *searchWorker(void *arg) {
  (void)arg;
  for (;;) {
    int frames = searchOneBranch();
    if (frames > 0)
      testRecord(frames);
  }
  return NULL;
}

int main(void) {
  pthread_t workers[4];
  curl_global_init(CURL_GLOBAL_DEFAULT);
  for (int i = 0; i < 4; ++i)
    pthread_create(&workers[i], NULL, searchWorker, NULL);
  for (int i = 0; i < 4; ++i)
    pthread_join(workers[i], NULL);
  return 0;
}

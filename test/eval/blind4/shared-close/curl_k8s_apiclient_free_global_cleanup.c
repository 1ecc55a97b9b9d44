// SOURCE: https://github.com/kubernetes-client/c/issues/34 (apiClient_create / apiClient_free in kubernetes/src/apiClient.c, used from several threads)
// LIBRARY: curl
// SHAPE: positive - (hard) the generated client's constructor runs curl_global_init and its free function curl_global_cleanup, so every thread that frees its own client tears libcurl down under the transfers of the other threads; the teardown sits in a function named ..._free (a shutdown-like word) that the worker threads call once each
#include <curl/curl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct apiClient_t {
  char *basePath;
  CURL *curl;
} apiClient_t;

apiClient_t *apiClient_create(void) {
  curl_global_init(CURL_GLOBAL_ALL);
  apiClient_t *apiClient = malloc(sizeof(apiClient_t));
  if (apiClient == NULL)
    return NULL;
  apiClient->basePath = strdup("https://kubernetes.default.svc");
  apiClient->curl = curl_easy_init();
  return apiClient;
}

void apiClient_free(apiClient_t *apiClient) {
  if (apiClient->basePath)
    free(apiClient->basePath);
  if (apiClient->curl)
    curl_easy_cleanup(apiClient->curl);
  free(apiClient);
  curl_global_cleanup(); // EXPECT-WARN
}

static void CoreV1API_listNamespacedPod(apiClient_t *apiClient,
                                        const char *ns) {
  char url[256];
  strcpy(url, apiClient->basePath);
  strcat(url, "/api/v1/namespaces/");
  strncat(url, ns, sizeof(url) - strlen(url) - 1);
  curl_easy_setopt(apiClient->curl, CURLOPT_URL, url);
  curl_easy_perform(apiClient->curl);
}

/* Each worker thread lists the pods of one namespace with its own client. */
static void *list_pods_thread(void *arg) {
  apiClient_t *apiClient = apiClient_create();
  if (apiClient == NULL)
    return NULL;
  CoreV1API_listNamespacedPod(apiClient, (const char *)arg);
  apiClient_free(apiClient);
  return NULL;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, list_pods_thread, (void *)"default");
  pthread_create(&t2, NULL, list_pods_thread, (void *)"kube-system");
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}

// SOURCE: public GitHub file (VMware lightwave SSO client, SSOHttpClientGlobalCleanup: "this function is not thread safe. Call it right before process exit"; search-index id 18449446324; the index does not name its repository)
// LIBRARY: curl
// SHAPE: negative - a library's documented global-cleanup entry point, meant to be called once right before exit
#include <curl/curl.h>
#include <stdlib.h>

typedef struct SSO_CLIENT_CURL_INIT_CTX {
  void *pMutexBuffer;
} SSO_CLIENT_CURL_INIT_CTX, *PSSO_CLIENT_CURL_INIT_CTX;

/* this function is not thread safe. Call it right before process exit */
void SSOHttpClientGlobalCleanup(PSSO_CLIENT_CURL_INIT_CTX pCurlInitCtx) {
  if (pCurlInitCtx) {
    curl_global_cleanup();
    free(pCurlInitCtx->pMutexBuffer);
    free(pCurlInitCtx);
  }
}

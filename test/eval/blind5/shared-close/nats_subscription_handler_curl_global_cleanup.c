// SOURCE: rendered from public GitHub file (search-index id 61865162222; the index does not name its repository): a NATS subscriber whose on_message callback forwards each message to an HTTP sink; the webhook helper pairing curl_global_init/curl_global_cleanup per message is the shape of curl's documented misuse (https://curl.se/libcurl/c/curl_global_cleanup.html)
// LIBRARY: curl
// SHAPE: positive - the NATS message handler (natsConnection_Subscribe) posts each message with a fresh easy handle and ends with curl_global_cleanup; the handler runs on the NATS delivery thread for every message while other threads use libcurl
#include <curl/curl.h>
#include <nats/nats.h>
#include <stdio.h>

static const char *SinkUrl = "http://sink.internal/ingest";

static void onMessage(natsConnection *nc, natsSubscription *sub, natsMsg *msg,
                      void *closure) {
  (void)nc;
  (void)sub;
  (void)closure;
  curl_global_init(CURL_GLOBAL_ALL);
  CURL *easy = curl_easy_init();
  if (easy) {
    curl_easy_setopt(easy, CURLOPT_URL, SinkUrl);
    curl_easy_setopt(easy, CURLOPT_POSTFIELDS, natsMsg_GetData(msg));
    if (curl_easy_perform(easy) != CURLE_OK)
      fprintf(stderr, "sink post failed\n");
    curl_easy_cleanup(easy);
  }
  curl_global_cleanup(); // EXPECT-WARN
  natsMsg_Destroy(msg);
}

int subscribeFeed(natsConnection *nc, natsSubscription **sub) {
  return natsConnection_Subscribe(sub, nc, "feed.realtime", onMessage, NULL) ==
                 NATS_OK
             ? 0
             : -1;
}

// SOURCE: public GitHub file (nats.c request-reply sample; search-index id 32101214501; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative (hard) - a test step called once from main destroys the global connection when the replier thread cannot be started and returns without clearing it; nothing uses the global afterwards (main only prints and returns), so the stale pointer is harmless. The normal path later in the same function clears the global, which the docs count as a reset on every path
#include <nats/nats.h>

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

natsConnection *g_conn;
volatile int g_replier_should_exit = 0;

void *replier_thread_func(void *arg) {
  (void)arg;
  natsConnection_Flush(g_conn);
  while (!g_replier_should_exit)
    sleep(1);
  return NULL;
}

void test_request_reply(void) {
  natsOptions *opts = NULL;
  pthread_t replier_thread;
  natsStatus s = natsOptions_Create(&opts);
  if (s != NATS_OK)
    return;
  s = natsConnection_Connect(&g_conn, opts);
  natsOptions_Destroy(opts);
  if (s != NATS_OK)
    return;

  g_replier_should_exit = 0;
  if (pthread_create(&replier_thread, NULL, replier_thread_func, NULL) != 0) {
    fprintf(stderr, "Failed to create replier thread\n");
    natsConnection_Destroy(g_conn);
    return;
  }

  natsMsg *reply = NULL;
  const char *msg = "Request #1";
  s = natsConnection_Request(&reply, g_conn, "test.subject.1", msg,
                             (int)strlen(msg), 2000);
  if (s == NATS_OK)
    natsMsg_Destroy(reply);

  g_replier_should_exit = 1;
  pthread_join(replier_thread, NULL);
  natsConnection_Destroy(g_conn);
  g_conn = NULL;
}

int main(void) {
  printf("NATS Version <%s>\n", nats_GetVersion());
  test_request_reply();
  printf("NATS Version <%s>\n", nats_GetVersion());
  return 0;
}

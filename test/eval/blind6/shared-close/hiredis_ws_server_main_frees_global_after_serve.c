// SOURCE: public GitHub file (WebSocket server storing messages in Redis; search-index id 36045330798; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - the global context used by the WebSocket event handlers is connected in main and freed by main after the blocking server loop returns
#include <hiredis/hiredis.h>

#include <stdio.h>

static redisContext *c;

/* Stands in for wsServer's ws_socket(): serves until shut down. */
struct ws_events {
  void (*onmessage)(int fd, const unsigned char *msg, unsigned long size);
};
static void ws_serve(const struct ws_events *evs) { (void)evs; }

static void onmessage(int fd, const unsigned char *msg, unsigned long size) {
  (void)fd;
  redisReply *r = redisCommand(c, "RPUSH chat %b", msg, (size_t)size);
  if (r)
    freeReplyObject(r);
}

int main(void) {
  c = redisConnect("127.0.0.1", 7777);
  if (c == NULL || c->err) {
    printf("error: %s\n", c ? c->errstr : "no context");
    return 1;
  }
  struct ws_events evs = {.onmessage = onmessage};
  ws_serve(&evs);

  redisFree(c);
  return 0;
}

// SOURCE: public GitHub file (redis_init() connects global g_redis or exits; void redis_free() { if (g_redis) { redisFree(g_redis); } }; search-index id 41102390770; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - the teardown helper frees the global without resetting it, but it is called once as main's last step (rendered: main)
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>

static redisContext *g_redis = NULL;

void redis_init(const char *host, int port) {
  const char *msg;
  if (!host) {
    msg = "redis host have not set, using `-r' option";
    goto error;
  }
  g_redis = redisConnect(host, port);
  if (g_redis == NULL || g_redis->err) {
    msg = "Can not connect to redis server";
    goto error;
  }
  return;
error:
  fprintf(stderr, "%s\n", msg);
  exit(1);
}

void redis_free(void) {
  if (g_redis) {
    redisFree(g_redis);
  }
}

int redis_hash_set(const char *key, const char *field, const char *value) {
  redisReply *reply = redisCommand(g_redis, "HSET %s %s %s", key, field, value);
  int r = reply && reply->type == REDIS_REPLY_INTEGER ? 0 : -1;
  if (reply)
    freeReplyObject(reply);
  return r;
}

int main(int argc, char **argv) {
  redis_init(argc > 1 ? argv[1] : NULL, 6379);
  int rc = redis_hash_set("stats", "runs", "1");
  redis_free();
  return rc == 0 ? 0 : 1;
}

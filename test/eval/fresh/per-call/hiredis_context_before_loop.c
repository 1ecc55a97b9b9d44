// SOURCE: https://github.com/redis/hiredis/issues/982
// LIBRARY: hiredis
// SHAPE: negative - one context is created before the cache loop and reused for every GET/SET (the report is about not checking c->err, not about churn)
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <sys/time.h>

void cache_loop(const char *key, const char *value, int timeout) {
  struct timeval tv = {1, 500000};
  redisContext *context = redisConnectWithTimeout("127.0.0.1", 6379, tv);
  redisReply *reply = NULL;
  while (1) {
    reply = (redisReply *)redisCommand(context, "GET %s", key);
    freeReplyObject(reply);
    reply = (redisReply *)redisCommand(context, "SET %s %s EX %d", key, value, timeout);
    freeReplyObject(reply);
  }
}

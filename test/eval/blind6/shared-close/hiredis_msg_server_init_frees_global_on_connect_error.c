// SOURCE: public GitHub file (t_redis.c, tInitSvr/tCall; search-index id 24517147445; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - the init frees the global context when the connection reports an error and returns an error code without clearing it; tCall sends every message through the global without a check
#include <hiredis/hiredis.h>

#include <stdio.h>

#define MSG_SUCC 0
#define MSG_ERR -1

static redisContext *g_pstRedisCxt;

int tInitSvr(const char *pcIp, const int iPort) {
  g_pstRedisCxt = redisConnect(pcIp, iPort);
  if (g_pstRedisCxt->err) {
    redisFree(g_pstRedisCxt); // EXPECT-WARN
    fprintf(stderr, "Connect to redisServer faile\n");
    return MSG_ERR;
  }
  return MSG_SUCC;
}

int tCall(const char *pcQSvrId, const char *pcMsg) {
  redisReply *reply =
      redisCommand(g_pstRedisCxt, "LPUSH %s %s", pcQSvrId, pcMsg);
  if (reply == NULL)
    return MSG_ERR;
  int rc = reply->type == REDIS_REPLY_INTEGER ? MSG_SUCC : MSG_ERR;
  freeReplyObject(reply);
  return rc;
}

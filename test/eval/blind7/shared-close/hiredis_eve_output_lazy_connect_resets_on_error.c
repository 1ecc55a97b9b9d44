// SOURCE: public GitHub file (EVE JSON output: if (!g_redis) { g_redis = redisConnect(g_host, g_port); ... if (g_redis->err) { redisFree(g_redis); g_redis = NULL; return; } } then PUBLISH; search-index id 23950342195; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - a log output callback connects lazily when the global is unset and frees the context it has just made when the connect failed, resetting the global; no other caller has seen that context
#include <hiredis/hiredis.h>
#include <stdlib.h>
#include <syslog.h>

static redisContext *g_redis = NULL;
static const char *g_host = "127.0.0.1";
static int g_port = 6379;
static unsigned long g_msgPublished;

void eve_publish(const char *event_type, const char *json_record) {
  if (!event_type)
    return;
  if (!g_redis) {
    g_redis = redisConnect(g_host, g_port);
    if (!g_redis) {
      syslog(LOG_ERR, "redisConnect() failed");
      abort();
    }
    if (g_redis->err) {
      syslog(LOG_ERR, "redisConnect() failed; %s", g_redis->errstr);
      redisFree(g_redis);
      g_redis = NULL;
      return;
    }
  }
  redisReply *reply = redisCommand(g_redis, "PUBLISH EVE:%s %s", event_type, json_record);
  if (!reply) {
    syslog(LOG_ERR, "redisCommand() failed; %s", g_redis->errstr);
    abort();
  }
  if (reply->type != REDIS_REPLY_ERROR)
    g_msgPublished++;
  freeReplyObject(reply);
}

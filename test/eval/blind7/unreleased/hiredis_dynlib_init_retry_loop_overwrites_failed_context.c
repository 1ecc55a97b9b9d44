// SOURCE: public GitHub file (unbound dynlib module with a Redis backend, init; search-index id 38848383408; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - redisConnect, then 'while (c != NULL && c->err) { log; sleep(1); c = redisConnect(...); }': each failed context (still allocated, err set) is overwritten by the next attempt without redisFree. Both acquisition sites lose their context when the loop assigns again (rendered: the connected context is kept in a module global, as the module's later functions use it)
#include <hiredis/hiredis.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

void log_err(const char *fmt, ...);
void log_info(const char *fmt, ...);

static redisContext *redis_ctx = NULL;

int module_init(void) {
  redisContext *c;
  const char *redis_host = getenv("REDIS_HOST");
  uint16_t redis_port = (uint16_t)atoi(getenv("REDIS_PORT"));
  const char *redis_pass = getenv("REDIS_PASS");

  c = redisConnect(redis_host, redis_port); // EXPECT-WARN

  while (c != NULL && c->err) {
    log_err("Error connecting to redis: %s\n", c->errstr);
    sleep(1);
    c = redisConnect(redis_host, redis_port); // EXPECT-WARN
  }
  log_info("Connected to redis instance");

  if (c != NULL && redis_pass) {
    redisReply *reply = redisCommand(c, "AUTH %s", redis_pass);
    if (reply) {
      log_info("Auth result: %s", reply->str);
      freeReplyObject(reply);
    }
  }

  redis_ctx = c;
  return 1;
}

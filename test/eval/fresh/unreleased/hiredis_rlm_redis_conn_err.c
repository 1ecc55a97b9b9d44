// SOURCE: https://github.com/FreeRADIUS/freeradius-server/pull/1045 ("a reference to redisConnect() missing a redisFree()"; rlm_redis connection create, reconstructed from the PR)
// LIBRARY: hiredis
// SHAPE: positive - `if (conn->err) return NULL;` drops a context that hiredis allocated; the AUTH failure path does free it
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct rlm_redis_t {
  const char *xlat_name;
  const char *hostname;
  int port;
  const char *password;
} rlm_redis_t;

typedef struct redis_conn {
  redisContext *handle;
} redis_conn_t;

static void *mod_conn_create(void *ctx, void *instance) {
  rlm_redis_t *inst = instance;
  redis_conn_t *dissocket;
  redisContext *conn;
  redisReply *reply = NULL;
  char buffer[1024];

  conn = redisConnect(inst->hostname, inst->port); // EXPECT-WARN
  if (conn->err)
    return NULL;

  if (inst->password) {
    snprintf(buffer, sizeof(buffer), "AUTH %s", inst->password);
    reply = redisCommand(conn, buffer);
    if (!reply) {
      fprintf(stderr, "rlm_redis (%s): Failed to run AUTH\n", inst->xlat_name);
      redisFree(conn);
      return NULL;
    }
    freeReplyObject(reply);
  }

  dissocket = calloc(1, sizeof(*dissocket));
  dissocket->handle = conn;
  return dissocket;
}

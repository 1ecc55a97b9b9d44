// SOURCE: https://github.com/redis/hiredis/issues/58
// LIBRARY: hiredis
// SHAPE: positive - guardarDBRedis() connects to Redis, publishes and closes; a never-ending while loop calls it for every line read (TIME_WAIT exhaustion in the report)
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <string.h>

typedef struct datos {
  char canal[64];
  char dato[256];
} datos;

int guardarDBRedis(datos *head) {
  redisReply *reply;
  redisContext *c = redisConnect("127.0.0.1", 6399); // EXPECT-WARN
  if (c->err) {
    printf("Error connectRedis: %s\n", c->errstr);
    redisFree(c);
    return -1;
  }
  reply = redisCommand(c, "PUBLISH %s %s", head->canal, head->dato);
  freeReplyObject(reply);
  redisFree(c);
  return 0;
}

int main(void) {
  char line[512];
  datos d;
  FILE *f = fopen("/var/log/datos.txt", "r");
  if (!f)
    return 1;
  while (1) {
    if (fgets(line, sizeof line, f) == NULL)
      continue;
    if (sscanf(line, "%63s %255[^\n]", d.canal, d.dato) == 2)
      guardarDBRedis(&d);
  }
}

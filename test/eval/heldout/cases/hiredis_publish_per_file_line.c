// SOURCE: github.com/redis/hiredis/issues/58 (carlo4002: "read lines for a file and publish data to redis ... a 'while' that never end"; guardarDBRedis(datos*) connects, publishes and frees per call -> 28232 sockets in TIME_WAIT, "Cannot assign requested address")
// LIBRARY: hiredis
// SHAPE: positive - redisConnect in a helper called once per parsed line inside an endless read loop; freed before return
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct datos {
  char canal[64];
  char valor[256];
  struct datos *sig;
} datos;

static datos *parsear(const char *linea) {
  datos *d = calloc(1, sizeof(datos));
  sscanf(linea, "%63s %255[^\n]", d->canal, d->valor);
  return d;
}

int guardarDBRedis(datos *head) {
  redisContext *c;
  redisReply *reply;
  struct timeval timeout = {1, 500000};

  c = redisConnectWithTimeout("127.0.0.1", 6399, timeout); // EXPECT-WARN
  if (c == NULL || c->err) {
    printf("Error connectRedis: %s\n", c ? c->errstr : "alloc");
    if (c) redisFree(c);
    return -1;
  }
  for (datos *d = head; d; d = d->sig) {
    reply = redisCommand(c, "PUBLISH %s %s", d->canal, d->valor);
    if (reply) freeReplyObject(reply);
  }
  redisFree(c);
  return 0;
}

int main(int argc, char **argv) {
  FILE *f = fopen(argc > 1 ? argv[1] : "datos.txt", "r");
  char linea[512];
  if (!f) return 1;
  while (1) {
    if (!fgets(linea, sizeof(linea), f)) {
      clearerr(f);
      usleep(1000);
      continue;
    }
    datos *head = parsear(linea);
    guardarDBRedis(head);
    free(head);
  }
}

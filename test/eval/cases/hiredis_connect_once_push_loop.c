// SOURCE: https://github.com/solomonfc/mq_example/blob/HEAD/hiredis/hiredis_loop_test.c (one redisConnect in main, then 2,000,000 LPUSH commands in a while loop)
// LIBRARY: hiredis
// SHAPE: negative - the context is made once before the loop; only commands run per iteration
#include <hiredis/hiredis.h>
#include <stdio.h>
#define CHUNK 8192

int main(int argc, char *argv[]) {
  if (argc == 1)
    return -1;
  char buf[CHUNK] = {0};
  FILE *file = fopen(argv[1], "r");
  if (file) {
    size_t nread = fread(buf, 1, sizeof buf - 1, file);
    (void)nread;
    fclose(file);
  }
  redisContext *c = redisConnect("127.0.0.1", 7000);
  if (c == NULL || c->err) {
    if (c)
      printf("Error: %s\n", c->errstr);
    else
      printf("Can't allocate redis context\n");
    return 1;
  }
  redisReply *reply;
  int i = 0;
  while (i < 2000000) {
    reply = redisCommand(c, "LPUSH %s %s", "clist", buf);
    freeReplyObject(reply);
    i++;
  }
  redisFree(c);
  return 0;
}

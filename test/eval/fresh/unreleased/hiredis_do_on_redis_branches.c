// SOURCE: public GitHub file (mail server db helpers, doOnRedis; search-index id 43491622458; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - the context is freed only on the "value found" branch: the c->err path and the `reply->str == NULL` branch return without redisFree
#include <hiredis/hiredis.h>
#include <stdlib.h>
#include <string.h>

const char *REDIS_IP = "redis";
const int REDIS_PORT = 6379;
const char *REDIS_PASSWORD = "password";

int doOnRedis(char *command, char **output) {
  *output = malloc(256 * sizeof(char));
  redisContext *conn = redisConnect(REDIS_IP, REDIS_PORT); // EXPECT-WARN
  if (conn == NULL || conn->err) {
    if (conn) {
      strcpy(*output, "Error: ");
      strcat(*output, conn->errstr);
      strcat(*output, "\n");
    } else {
      strcpy(*output, "Can't allocate redis context\n");
    }
    return -1;
  }
  redisReply *reply = redisCommand(conn, "AUTH %s", REDIS_PASSWORD);
  freeReplyObject(reply);
  reply = redisCommand(conn, command);

  // if not found, return will be null
  if (reply->str == NULL) {
    strcpy(*output, "null");
    return 0;
  } else {
    strcpy(*output, reply->str);
    redisFree(conn);
    return 1;
  }
}

// SOURCE: public GitHub file (virtual file-system server, InitRedis(); search-index id 11621100370; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - `if (c != NULL && c->err) { ...; return; }` and the SELECT error path both return without redisFree; only the end of the function frees
#include <hiredis/hiredis.h>

#include <iostream>
#include <string>

struct ServerConfig {
  std::string RedisIP;
  int RedisPort;
  unsigned RedisDB;
};
static ServerConfig server;

void InitRedis() {
  // connect
  redisContext *c = redisConnect(server.RedisIP.c_str(), server.RedisPort); // EXPECT-WARN
  if (c != NULL && c->err) {
    std::cout << "Redis Error: " << c->errstr << std::endl;
    return;
  }

  // select database
  redisReply *reply = (redisReply *)redisCommand(c, "SELECT %u", server.RedisDB);
  if (reply != NULL && c->err) {
    std::cout << "Redis Error: " << c->errstr << std::endl;
    return;
  }
  freeReplyObject(reply);

  std::cout << "Warning!: This will wipe ALL user and virtual filesystem data. Continue? (y/n)" << std::endl;
  std::string input;
  std::cin >> input;
  if (input == "y") {
    reply = (redisReply *)redisCommand(c, "FLUSHDB");
    freeReplyObject(reply);
  }
  redisFree(c);
}

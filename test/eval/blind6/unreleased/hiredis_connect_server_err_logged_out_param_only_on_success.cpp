// SOURCE: public GitHub file (redis.cc helper connectRedisServer using glog; found with the search tool's code corpus, query "loop over hosts redisConnect c->err continue without redisFree"; the result does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - the context is handed to the caller through the out-parameter only when it connected; on c->err the error is printed and the failed context is dropped without redisFree
#include <hiredis/hiredis.h>
#include <iostream>
#include <string>

void connectRedisServer(redisContext **context, const std::string &host, const int port) {
  const struct timeval timeout = {1, 500000};
  redisContext *c = redisConnectWithTimeout(host.c_str(), port, timeout); // EXPECT-WARN
  if (c->err) {
    std::cerr << "Connection error: " << c->errstr << std::endl;
  } else {
    *context = c;
  }
}

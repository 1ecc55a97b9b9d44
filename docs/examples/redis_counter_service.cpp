// A small line-based service: every line read from stdin is a request that
// names a counter; the handler increments the counter in Redis and writes
// its new value. The handler opens a new Redis connection on every request
// and never closes it, so the server sees one more client per request.
// test/runtime/redis-connections-per-request.sh counts them, then applies
// resource-tidy's fixes and counts again.
//
// Build: clang++ -std=c++17 redis_counter_service.cpp -lhiredis
// Run:   printf 'a\nb\na\n' | REDIS_PORT=6379 ./a.out
#include <hiredis/hiredis.h>

#include <cstdlib>
#include <iostream>
#include <string>

static int portFromEnvironment() {
  const char *Port = std::getenv("REDIS_PORT");
  return Port ? std::atoi(Port) : 6379;
}

// Read once at start-up: the same server for every request.
static const char *const RedisHost = "127.0.0.1";
static const int RedisPort = portFromEnvironment();

// Handles one request: increments the counter and answers its new value.
static std::string handleIncrement(const std::string &Counter) {
  redisContext *Redis = redisConnect(RedisHost, RedisPort);
  if (Redis == nullptr || Redis->err)
    return "ERR cannot reach Redis";
  auto *Reply = static_cast<redisReply *>(
      redisCommand(Redis, "INCR %s", Counter.c_str()));
  if (Reply == nullptr)
    return "ERR no reply";
  std::string Answer = Reply->type == REDIS_REPLY_INTEGER
                           ? Counter + " " + std::to_string(Reply->integer)
                           : "ERR unexpected reply";
  freeReplyObject(Reply);
  return Answer;
}

int main() {
  std::string Request;
  while (std::getline(std::cin, Request))
    std::cout << handleIncrement(Request) << std::endl;
}

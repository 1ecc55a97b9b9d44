// SOURCE: https://github.com/redis/hiredis/issues/1201 ("when I use a context per thread") - rendered as a lazily made per-thread context owned by a thread_local unique_ptr
// LIBRARY: hiredis
// SHAPE: negative - the context is made once per thread in a thread_local initialiser and freed by the unique_ptr's deleter at thread exit
#include <hiredis/hiredis.h>

#include <memory>
#include <string>

static redisContext *threadRedis() {
  thread_local std::unique_ptr<redisContext, decltype(&redisFree)> Ctx(
      redisConnect("127.0.0.1", 6379), &redisFree);
  return Ctx.get();
}

bool setHello(const std::string &Value) {
  redisContext *C = threadRedis();
  if (C == nullptr || C->err)
    return false;
  auto *Reply = static_cast<redisReply *>(redisCommand(C, "SET hello %s", Value.c_str()));
  bool Ok = Reply != nullptr;
  freeReplyObject(Reply);
  return Ok;
}

// Reads a cached value; two translation units include it.
#pragma once
#include <hiredis/hiredis.h>

inline bool cachedValueExists(const char *Key) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (C == nullptr || C->err)
    return false;
  auto *Reply = static_cast<redisReply *>(redisCommand(C, "EXISTS %s", Key));
  bool Exists = Reply != nullptr && Reply->integer == 1;
  freeReplyObject(Reply);
  redisFree(C);
  return Exists;
}

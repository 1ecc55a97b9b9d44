// SOURCE: public GitHub file (search-index id 4675879073; the index does not name its repository): a DBWorker thread's connect step frees its Redis context member and sets it to nullptr when the connect fails, then returns
// LIBRARY: hiredis
// SHAPE: negative - a member released on a failed connect and reset right away; the worker tests it before use and retries later
#include <hiredis/hiredis.h>
#include <iostream>

class DBWorker {
public:
  void connect_db(const char *Host, int Port) {
    if (!redis_ctx) {
      struct timeval tv = {1, 0};
      redis_ctx = redisConnectWithTimeout(Host, Port, tv);
      if (!redis_ctx || redis_ctx->err) {
        std::cout << "[DBWorker] Redis connect failed: "
                  << (redis_ctx ? redis_ctx->errstr : "null") << "\n";
        if (redis_ctx) {
          redisFree(redis_ctx);
          redis_ctx = nullptr;
        }
        return;
      }
    }
  }

  bool push(const char *Key, const char *Value) {
    if (!redis_ctx)
      return false;
    void *R = redisCommand(redis_ctx, "RPUSH %s %s", Key, Value);
    freeReplyObject(R);
    return R != nullptr;
  }

  ~DBWorker() {
    if (redis_ctx)
      redisFree(redis_ctx);
  }

private:
  redisContext *redis_ctx = nullptr;
};

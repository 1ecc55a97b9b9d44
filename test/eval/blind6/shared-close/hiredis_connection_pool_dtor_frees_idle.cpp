// SOURCE: public GitHub file (redis ConnectionPool; search-index id 68472491808; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - a connection pool frees its idle contexts in its destructor under its mutex; the pool owns them
#include <hiredis/hiredis.h>

#include <mutex>
#include <sys/time.h>
#include <vector>

class ConnectionPool {
public:
  ~ConnectionPool() {
    std::lock_guard<std::mutex> Lock(Mtx);
    for (redisContext *C : Idle)
      redisFree(C);
    Idle.clear();
  }

  redisContext *acquire() {
    {
      std::lock_guard<std::mutex> Lock(Mtx);
      if (!Idle.empty()) {
        redisContext *C = Idle.back();
        Idle.pop_back();
        return C;
      }
    }
    return connectOne();
  }

  void release(redisContext *C) {
    std::lock_guard<std::mutex> Lock(Mtx);
    Idle.push_back(C);
  }

private:
  redisContext *connectOne() const {
    struct timeval Tv = {1, 0};
    return redisConnectWithTimeout("127.0.0.1", 6379, Tv);
  }

  std::mutex Mtx;
  std::vector<redisContext *> Idle;
};

// SOURCE: https://github.com/sewenew/redis-plus-plus/issues/51 (maintainer's suggested solutions for a class that needs a Redis member built from config: a factory that returns the Redis object, moved into the member once)
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: negative - make_redis() returns a new Redis; the only caller stores it into a member at construction
#include <memory>
#include <string>
#include <sw/redis++/redis++.h>

static std::unique_ptr<sw::redis::Redis> make_redis(const std::string &host) {
  sw::redis::ConnectionOptions opts;
  opts.host = host;
  sw::redis::ConnectionPoolOptions pool;
  pool.size = 4;
  return std::make_unique<sw::redis::Redis>(opts, pool);
}

class SessionStore {
public:
  explicit SessionStore(const std::string &host) : redis_(make_redis(host)) {}
  bool touch(const std::string &sid) { return redis_->set("sess:" + sid, "1", std::chrono::milliseconds(30000)); }

private:
  std::unique_ptr<sw::redis::Redis> redis_;
};

void on_request(SessionStore &store, const std::string &sid) { store.touch(sid); }

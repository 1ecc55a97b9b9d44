// SOURCE: https://github.com/sewenew/redis-plus-plus/issues/51 ("class A should be a singleton class, since redis object could not be constructed each call"; A::Instance().xxx uses the Redis data member)
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: negative - Meyers singleton owns the Redis object, built once in its constructor's init list
#include <string>
#include <sw/redis++/redis++.h>

class A {
public:
  static A &Instance() {
    static A instance(_build_options());
    return instance;
  }
  std::string Get(const std::string &key) {
    auto val = redis_.get(key);
    return val ? *val : std::string();
  }

private:
  explicit A(const sw::redis::ConnectionOptions &opts) : redis_(opts) {}
  static sw::redis::ConnectionOptions _build_options() {
    sw::redis::ConnectionOptions opts;
    opts.host = "127.0.0.1";
    opts.port = 6379;
    return opts;
  }
  sw::redis::Redis redis_;
};

void on_request(const std::string &key) { A::Instance().Get(key); }

// Minimal stand-in for redis-plus-plus (sw/redis++/redis++.h); not installed on Debian here.
// Declarations follow upstream redis-plus-plus 1.3.x (src/sw/redis++/redis.h, connection.h).
#pragma GCC system_header
#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>
namespace sw {
namespace redis {
enum class ConnectionType { TCP = 0, UNIX };
struct ConnectionOptions {
  ConnectionType type = ConnectionType::TCP;
  std::string host;
  int port = 6379;
  std::string path;
  std::string user = "default";
  std::string password;
  int db = 0;
  bool keep_alive = false;
  std::chrono::milliseconds connect_timeout{0};
  std::chrono::milliseconds socket_timeout{0};
};
struct ConnectionPoolOptions {
  std::size_t size = 1;
  std::chrono::milliseconds wait_timeout{0};
  std::chrono::milliseconds connection_lifetime{0};
};
using OptionalString = std::optional<std::string>;
class Error : public std::exception {
 public:
  const char *what() const noexcept override { return "redis error"; }
};
class Pipeline {
 public:
  Pipeline &set(const std::string &, const std::string &);
  Pipeline &get(const std::string &);
  void exec();
};
class Redis {
 public:
  explicit Redis(const std::string &uri);
  explicit Redis(const ConnectionOptions &connection_opts,
                 const ConnectionPoolOptions &pool_opts = {});
  Redis(const Redis &) = delete;
  Redis(Redis &&) = default;
  ~Redis();
  std::string ping();
  bool set(const std::string &key, const std::string &val);
  OptionalString get(const std::string &key);
  long long incr(const std::string &key);
  long long publish(const std::string &channel, const std::string &message);
  long long hset(const std::string &key, const std::string &field, const std::string &val);
  OptionalString hget(const std::string &key, const std::string &field);
  Pipeline pipeline(bool new_connection = true);
};
}  // namespace redis
}  // namespace sw

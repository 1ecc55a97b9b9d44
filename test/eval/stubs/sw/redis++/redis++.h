// Minimal stand-in for redis-plus-plus (sewenew/redis-plus-plus, src/sw/redis++/redis++.h,
// redis.h, connection.h, connection_pool.h): only the declarations the evaluation cases use,
// with the library's signatures. Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <chrono>
#include <cstddef>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sw {
namespace redis {

using StringView = std::string_view;
using OptionalString = std::optional<std::string>;

class Error : public std::exception {
public:
  const char *what() const noexcept override { return "redis error"; }
};

struct ConnectionOptions {
  std::string host = "127.0.0.1";
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
  std::chrono::milliseconds connection_idle_time{0};
};

class QueuedRedis {
public:
  QueuedRedis(QueuedRedis &&) noexcept;
  ~QueuedRedis();
  QueuedRedis &set(const StringView &key, const StringView &val);
  QueuedRedis &get(const StringView &key);
  QueuedRedis &incr(const StringView &key);
  void exec();
};
using Pipeline = QueuedRedis;
using Transaction = QueuedRedis;

class Subscriber {
public:
  Subscriber(Subscriber &&) noexcept;
  ~Subscriber();
  void subscribe(const StringView &channel);
  void consume();
};

class Redis {
public:
  explicit Redis(const ConnectionOptions &connection_opts,
                 const ConnectionPoolOptions &pool_opts = {});
  explicit Redis(const std::string &uri);
  Redis(const Redis &) = delete;
  Redis &operator=(const Redis &) = delete;
  Redis(Redis &&) = default;
  Redis &operator=(Redis &&) = default;
  ~Redis();

  Pipeline pipeline(bool new_connection = true);
  Transaction transaction(bool piped = false, bool new_connection = true);
  Subscriber subscriber();

  std::string ping();
  OptionalString get(const StringView &key);
  bool set(const StringView &key, const StringView &val);
  bool set(const StringView &key, const StringView &val, const std::chrono::milliseconds &ttl);
  long long del(const StringView &key);
  long long incr(const StringView &key);
  long long publish(const StringView &channel, const StringView &message);
  long long lpush(const StringView &key, const StringView &val);
  OptionalString hget(const StringView &key, const StringView &field);
  bool hset(const StringView &key, const StringView &field, const StringView &val);
};

class RedisCluster {
public:
  explicit RedisCluster(const ConnectionOptions &connection_opts,
                        const ConnectionPoolOptions &pool_opts = {});
  explicit RedisCluster(const std::string &uri);
  ~RedisCluster();
  OptionalString get(const StringView &key);
  bool set(const StringView &key, const StringView &val);
};

} // namespace redis
} // namespace sw

// Stub of redis-plus-plus (Debian does not package it), reduced to the
// declarations the tests use. Signatures follow sw/redis++/redis.h.
#pragma GCC system_header
#ifndef STUB_SW_REDIS_PLUS_PLUS_H
#define STUB_SW_REDIS_PLUS_PLUS_H

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace sw::redis {

using StringView = std::string;
using OptionalString = std::optional<std::string>;

struct ConnectionOptions {
  std::string host = "127.0.0.1";
  int port = 6379;
  std::chrono::milliseconds socket_timeout{0};
};

struct ConnectionPoolOptions {
  std::size_t size = 1;
};

class Pipeline {
public:
  Pipeline &set(const StringView &key, const StringView &val);
  void exec();
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

  OptionalString get(const StringView &key);
  bool set(const StringView &key, const StringView &val);
  long long incr(const StringView &key);
  Pipeline pipeline(bool new_connection = true);
};

class RedisCluster {
public:
  explicit RedisCluster(const std::string &uri);
  OptionalString get(const StringView &key);
};

} // namespace sw::redis

#endif

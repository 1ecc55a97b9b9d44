// Held-out stub of redis-plus-plus (sewenew/redis-plus-plus), declarations only.
#pragma GCC system_header
#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sw {
namespace redis {

using StringView = std::string;
using OptionalString = std::optional<std::string>;

class Error : public std::exception {
public:
    const char *what() const noexcept override { return "redis error"; }
};

enum class ConnectionType { TCP, UNIX };

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

class Pipeline;

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

    std::string ping();
    OptionalString get(const StringView &key);
    bool set(const StringView &key, const StringView &val);
    long long incrby(const StringView &key, long long increment);
    long long exists(const StringView &key);
    long long del(const StringView &key);
    long long publish(const StringView &channel, const StringView &message);
    OptionalString hget(const StringView &key, const StringView &field);
    bool hset(const StringView &key, const StringView &field, const StringView &val);
    template <typename Input>
    long long hset(const StringView &key, Input first, Input last);
    long long lpush(const StringView &key, const StringView &val);
    void flushdb(bool async = false);
    Pipeline pipeline(bool new_connection = true);
};

class Pipeline {
public:
    Pipeline &set(const StringView &key, const StringView &val);
    Pipeline &get(const StringView &key);
    void exec();
};

} // namespace redis
} // namespace sw

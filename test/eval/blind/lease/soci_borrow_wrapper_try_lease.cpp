// SOURCE: https://github.com/xum07/soci_postgresql src/connect_pool/ConnectPool.cpp (ConnectPool::borrow: `if (!sociPool_->try_lease(index, timeout)) return {};` and the position handed to the caller in a struct; returnBack gives it back)
// LIBRARY: soci
// SHAPE: negative - a failed try_lease leases nothing; on success the position is returned to the caller inside Connect, and returnBack gives it back
#include <soci/soci.h>

#include <cstddef>
#include <memory>

struct Connect {
  soci::session *sess_{nullptr};
  const std::size_t pos_{0};
};

class ConnectPool {
public:
  explicit ConnectPool(std::size_t PoolSize)
      : sociPool_(std::make_unique<soci::connection_pool>(PoolSize)) {}

  Connect borrow(int timeout = -1) {
    std::size_t index = 0;
    auto ret = sociPool_->try_lease(index, timeout);
    if (!ret) {
      return {};
    }
    return {&(sociPool_->at(index)), index};
  }

  void returnBack(Connect &connect) { sociPool_->give_back(connect.pos_); }

private:
  std::unique_ptr<soci::connection_pool> sociPool_;
};

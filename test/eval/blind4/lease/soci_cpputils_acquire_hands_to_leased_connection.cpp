// SOURCE: public GitHub file of a C++ utility library, cpputils::database::ConnectionPool::Acquire (search-index ids 60812088050 and 61050908260; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative - (hard) a timed-out try_lease returns nullptr with nothing held (a documented known problem: a false try_lease is not understood); a session that fails to open is given back in the catch handler; on success the position is handed to a LeasedConnection, whose destructor gives it back
// FLAGS:
#include <soci/soci.h>

#include <memory>
#include <string>

namespace cpputils::database {

struct PoolConfig {
  double lease_timeout = 0;
};

struct PoolState {
  PoolConfig config;
  std::unique_ptr<soci::connection_pool> pool;
  std::unique_ptr<soci::connection_parameters> params;
};

class IConnection {
public:
  virtual ~IConnection() = default;
  virtual soci::session &Session() = 0;
};

class LeasedConnection final : public IConnection {
public:
  LeasedConnection(std::shared_ptr<PoolState> state, std::size_t pos)
      : state_(std::move(state)), pos_(pos) {}
  ~LeasedConnection() override { state_->pool->give_back(pos_); }
  soci::session &Session() override { return state_->pool->at(pos_); }

private:
  std::shared_ptr<PoolState> state_;
  std::size_t pos_;
};

class ConnectionPool {
public:
  std::unique_ptr<IConnection> Acquire();
  bool IsOpen() const { return opened_ && state_ != nullptr; }

private:
  std::shared_ptr<PoolState> state_;
  bool opened_ = false;
  std::string last_error_;
};

std::unique_ptr<IConnection> ConnectionPool::Acquire() {
  if (!IsOpen()) {
    return nullptr;
  }

  // 1. borrow a slot, with a timeout
  std::size_t pos = 0;
  const unsigned int lease_timeout_ms =
      state_->config.lease_timeout > 0
          ? static_cast<unsigned int>(state_->config.lease_timeout * 1000)
          : 0;
  if (!state_->pool->try_lease(pos, lease_timeout_ms)) {
    last_error_ = "no available connection in pool";
    return nullptr;
  }

  // 2. make sure the session is connected, then hand out a LeasedConnection
  try {
    soci::session &session = state_->pool->at(pos);
    if (!session.is_connected()) {
      session.open(*state_->params);
    }
    return std::make_unique<LeasedConnection>(state_, pos);
  } catch (const soci::soci_error &ex) {
    last_error_ = ex.what();
    state_->pool->give_back(pos);
    return nullptr;
  }
}

} // namespace cpputils::database

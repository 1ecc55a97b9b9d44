// SOURCE: public GitHub file (fourstory::db::SessionPool::Acquire: blocking lease() when no timeout, otherwise try_lease in 100 ms chunks until a deadline, throwing AcquireTimeout; the position is returned inside a Lease whose destructor gives it back; search-index id 55563961965; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative - every successful take is returned at once inside a Lease object (moved out, destructor gives back); the loop's failed try_lease holds nothing, and the deadline throw happens with nothing leased
#include <soci/soci.h>
#include <chrono>
#include <stdexcept>
#include <string>

class SessionPool {
public:
  class Lease {
  public:
    Lease(SessionPool *Pool, std::size_t Idx, soci::session *Sess)
        : m_pool(Pool), m_idx(Idx), m_session(Sess) {}
    Lease(Lease &&Other) noexcept
        : m_pool(Other.m_pool), m_idx(Other.m_idx), m_session(Other.m_session) {
      Other.m_pool = nullptr;
      Other.m_session = nullptr;
    }
    ~Lease() {
      if (m_pool != nullptr)
        m_pool->m_pool.give_back(m_idx);
    }
    soci::session &operator*() { return *m_session; }

  private:
    SessionPool *m_pool;
    std::size_t m_idx;
    soci::session *m_session;
  };

  struct AcquireTimeout : std::runtime_error {
    using std::runtime_error::runtime_error;
  };

  explicit SessionPool(std::size_t Size) : m_pool(Size), m_pool_size(Size) {}
  Lease Acquire(std::chrono::milliseconds Timeout);

private:
  soci::connection_pool m_pool;
  std::size_t m_pool_size;
};

SessionPool::Lease SessionPool::Acquire(std::chrono::milliseconds Timeout) {
  std::size_t Idx = 0;
  if (Timeout.count() <= 0) {
    Idx = m_pool.lease();
    return Lease{this, Idx, &m_pool.at(Idx)};
  }
  using Clock = std::chrono::steady_clock;
  const auto Deadline = Clock::now() + Timeout;
  constexpr int ChunkMs = 100;
  for (;;) {
    const auto Now = Clock::now();
    if (Now >= Deadline)
      throw AcquireTimeout("SessionPool::Acquire timed out after " +
                           std::to_string(Timeout.count()) +
                           "ms (pool_size=" + std::to_string(m_pool_size) + ")");
    const auto Remaining =
        std::chrono::duration_cast<std::chrono::milliseconds>(Deadline - Now)
            .count();
    const int WaitMs = static_cast<int>(Remaining < ChunkMs ? Remaining : ChunkMs);
    if (m_pool.try_lease(Idx, WaitMs))
      return Lease{this, Idx, &m_pool.at(Idx)};
  }
}

// SOURCE: The-All-Knowing/Allocation, src/Adapters/Database/Source/Session/SessionPool.cpp (SessionPool::GetSession) and its HTTP handler for adding a batch (search-index ids 25971254794, 51920397868)
// LIBRARY: poco
// SHAPE: negative - GetSession throws when the pool is not configured and otherwise returns _pool->get(); the add-batch handler takes a session inside a try block, begins a transaction and may throw before committing; a pooled Poco::Data::Session goes back to its pool when it is destroyed, including during unwinding (reconstructed: the handler calls pool.get() directly instead of SessionPool::Instance().GetSession(), and the quantity check stands for the domain service's throw; the repository and service reduced to declarations)
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>

namespace Allocation::Adapters::Database {
class SessionPool {
public:
  static SessionPool &Instance() {
    static SessionPool instance;
    return instance;
  }

  void Configure(const std::string &connector,
                 const std::string &connectionString) {
    std::lock_guard<std::mutex> lock(_mutex);
    if (_pool)
      throw std::runtime_error("SessionPool is already configured");
    _pool = std::make_unique<Poco::Data::SessionPool>(
        connector, connectionString, 1, 16, 60);
  }

  Poco::Data::Session GetSession() {
    if (!_pool)
      throw std::runtime_error("SessionPool is not configured");
    return _pool->get();
  }

private:
  std::mutex _mutex;
  std::unique_ptr<Poco::Data::SessionPool> _pool;
};
} // namespace Allocation::Adapters::Database

namespace Allocation::Services {
void AddBatch(Poco::Data::Session &session, const std::string &ref,
              const std::string &sku, int qty);
}

struct Response {
  int status = 0;
  std::string body;
};

// Handles POST /add_batch.
void handleAddBatch(Poco::Data::SessionPool &pool, const std::string &ref,
                    const std::string &sku, int qty, Response &response) {
  try {
    Poco::Data::Session session = pool.get();
    session.begin();
    Allocation::Services::AddBatch(session, ref, sku, qty);
    if (qty <= 0)
      throw std::invalid_argument("qty must be positive");
    session.commit();
    response.status = 201;
    response.body = "{\"message\":\"Batch added\"}";
  } catch (const std::exception &ex) {
    response.status = 400;
    response.body = std::string("{\"error\":\"") + ex.what() + "\"}";
  }
}

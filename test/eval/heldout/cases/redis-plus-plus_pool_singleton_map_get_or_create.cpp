// SOURCE: github.com/Big-Iron-Cheems/SE-ecommerce src/redis/RedisConnectionPool.cpp + rdutils.cpp at HEAD (getInstance() returns a function-local static; getConnection(uri) looks the uri up in an unordered_map under a mutex and only does std::make_shared<sw::redis::Redis>(uri) + connections[uri] = conn on a miss; conn2Redis() forwards to it from every Customer method called in loops)
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: negative - get-or-create into a map owned by a Meyers singleton; the loop body only looks the client up
#include <sw/redis++/redis++.h>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

class RedisConnectionPool {
 public:
  RedisConnectionPool() = default;
  RedisConnectionPool(const RedisConnectionPool &) = delete;
  RedisConnectionPool &operator=(const RedisConnectionPool &) = delete;
  static RedisConnectionPool &getInstance();
  std::shared_ptr<sw::redis::Redis> getConnection(const std::string &uri);
 private:
  std::unordered_map<std::string, std::shared_ptr<sw::redis::Redis>> connections;
  std::mutex mutex;
};

RedisConnectionPool &RedisConnectionPool::getInstance() {
  static RedisConnectionPool instance;
  return instance;
}

std::shared_ptr<sw::redis::Redis> RedisConnectionPool::getConnection(const std::string &uri) {
  std::lock_guard<std::mutex> lock(mutex);
  auto it = connections.find(uri);
  if (it != connections.end()) return it->second;
  try {
    auto conn = std::make_shared<sw::redis::Redis>(uri);
    connections[uri] = conn;
    return conn;
  } catch (const sw::redis::Error &e) {
    throw std::runtime_error(std::string("Failed to connect to Redis at URI: ") + e.what());
  }
}

std::shared_ptr<sw::redis::Redis> conn2Redis() { return RedisConnectionPool::getInstance().getConnection("tcp://127.0.0.1:6379"); }

struct Customer {
  unsigned id;
  void addProductToCart(unsigned productId, unsigned amount) {
    auto rdConn = conn2Redis();
    rdConn->incrby("cart:" + std::to_string(id) + ":" + std::to_string(productId), amount);
  }
};

int main() {
  std::vector<Customer> customers{{1}, {2}, {3}};
  for (auto &c : customers)
    for (unsigned j = 0; j < 3; ++j) c.addProductToCart(j + 1, 2);
}

// SOURCE: github.com/Big-Iron-Cheems/SE-ecommerce src/db/PostgresConnectionPool.cpp + src/db/dbutils.cpp at HEAD (PostgresConnectionPool::getInstance() is a function-local static; getConnection(dbname,user,password) builds the conninfo key, returns the cached shared_ptr or does std::make_shared<pqxx::connection>(connInfo) and stores it in the map; conn2Postgres() forwards to it)
// LIBRARY: libpqxx
// SHAPE: negative - connection created only on a cache miss and stored into a map inside a Meyers singleton; the looped method only fetches it
#include <pqxx/pqxx>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

class PostgresConnectionPool {
 public:
  static PostgresConnectionPool &getInstance();
  std::shared_ptr<pqxx::connection> getConnection(const std::string &dbname, const std::string &user,
                                                  const std::string &password);
 private:
  std::unordered_map<std::string, std::shared_ptr<pqxx::connection>> connections;
  std::mutex mutex;
};

PostgresConnectionPool &PostgresConnectionPool::getInstance() {
  static PostgresConnectionPool instance;
  return instance;
}

std::shared_ptr<pqxx::connection> PostgresConnectionPool::getConnection(const std::string &dbname, const std::string &user,
                                                                        const std::string &password) {
  std::lock_guard<std::mutex> lock(mutex);
  std::string connInfo = "dbname=" + dbname + " user=" + user + " password=" + password;
  auto it = connections.find(connInfo);
  if (it != connections.end()) return it->second;
  try {
    auto conn = std::make_shared<pqxx::connection>(connInfo);
    connections[connInfo] = conn;
    return conn;
  } catch (const pqxx::broken_connection &e) {
    throw std::runtime_error(std::string("Failed to connect to Postgres: ") + e.what());
  }
}

std::shared_ptr<pqxx::connection> conn2Postgres(const std::string &dbname, const std::string &user,
                                                const std::string &password) {
  return PostgresConnectionPool::getInstance().getConnection(dbname, user, password);
}

void addProductToCart(unsigned productId) {
  auto pgConn = conn2Postgres("ecommerce", "customer", "customer");
  pqxx::work tx(*pgConn);
  tx.exec("SELECT price FROM products WHERE id = " + std::to_string(productId));
  tx.commit();
}

int main() {
  for (unsigned c = 0; c < 3; ++c)
    for (unsigned j = 0; j < 3; ++j) addProductToCart(j + 1);
}

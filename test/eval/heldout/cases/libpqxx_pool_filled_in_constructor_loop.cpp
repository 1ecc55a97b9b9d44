// SOURCE: github.com/isaas7/9 src/pgconnectionpool.cpp + include/session.hpp (PgConnectionPool's constructor loops pool_size times doing `std::make_shared<pqxx::connection>(conn_str_)` and emplace_back into connections_; Boost.Beast sessions hold a PgConnectionPool& and every query calls get_connection())
// LIBRARY: libpqxx
// SHAPE: negative - connections created in a constructor loop and pushed into a member vector; per-request code only copies a shared_ptr out of the pool
#include <pqxx/pqxx>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

class PgConnectionPool {
 public:
  PgConnectionPool(const std::string &conn_str, size_t pool_size);
  std::shared_ptr<pqxx::connection> get_connection();
  pqxx::result selectQuery(const std::string &table);

 private:
  std::string conn_str_;
  size_t pool_size_;
  std::vector<std::shared_ptr<pqxx::connection>> connections_;
};

PgConnectionPool::PgConnectionPool(const std::string &conn_str, size_t pool_size)
    : conn_str_(conn_str), pool_size_(pool_size) {
  for (size_t i = 0; i < pool_size_; ++i) {
    auto connection = std::make_shared<pqxx::connection>(conn_str_);
    connections_.emplace_back(connection);
  }
}

std::shared_ptr<pqxx::connection> PgConnectionPool::get_connection() {
  std::cout << "PgConnectionPool get_connection()" << std::endl;
  return connections_.front();
}

pqxx::result PgConnectionPool::selectQuery(const std::string &table) {
  std::string query = "SELECT * FROM " + table + ";";
  auto connection = get_connection();
  pqxx::work transaction(*connection);
  pqxx::result result = transaction.exec(query);
  transaction.commit();
  return result;
}

class session {
 public:
  explicit session(PgConnectionPool &pg_pool) : pg_pool_(pg_pool) {}
  void on_read(const std::string &target) {
    auto rows = pg_pool_.selectQuery(target == "/messages" ? "messages" : "users");
    std::cout << rows.size() << " rows\n";
  }
 private:
  PgConnectionPool &pg_pool_;
};

extern bool next_request(std::string &target);

int main() {
  PgConnectionPool pg_pool("dbname=app user=app", 10);
  session s(pg_pool);
  std::string target;
  while (next_request(target)) s.on_read(target);
}

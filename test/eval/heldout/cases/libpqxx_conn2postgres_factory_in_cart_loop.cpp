// SOURCE: github.com/Big-Iron-Cheems/SE-ecommerce commit f7e6d46 src/db/dbutils.cpp + src/models/Customer.cpp + src/main.cpp (conn2Postgres() returns std::make_unique<pqxx::connection>(connInfo); Customer::addProductToCart() calls it on every call and main's testUsersInteractions() calls addProductToCart in a loop; replaced by PostgresConnectionPool in c76bb7e)
// LIBRARY: libpqxx
// SHAPE: positive - factory helper returning unique_ptr<pqxx::connection>, called per invocation of a method that a loop calls; the connection dies at the end of the method
#include <pqxx/pqxx>
#include <iostream>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

std::unique_ptr<pqxx::connection> conn2Postgres(const std::string &dbname, const std::string &user,
                                                const std::string &password) {
  std::string connInfo = "dbname=" + dbname + " user=" + user + " password=" + password;
  try {
    auto conn = std::make_unique<pqxx::connection>(connInfo);
    std::cout << "Connected to Postgres database '" << dbname << "'\n";
    return conn;
  } catch (const pqxx::broken_connection &e) {
    std::cerr << "Failed to connect: " << e.what() << "\n";
    throw;
  }
}

class Customer {
 public:
  explicit Customer(std::string name) : name_(std::move(name)) {}
  void addProductToCart(const unsigned &productId, const unsigned &amount);
 private:
  std::string name_;
};

void Customer::addProductToCart(const unsigned &productId, const unsigned &amount) {
  try {
    auto pgConn = conn2Postgres("ecommerce", "customer", "customer"); // EXPECT-WARN
    std::string query = "SELECT name, supplier_id, price FROM products WHERE id = " +
                        std::to_string(productId) + ";";
    pqxx::work tx(*pgConn);
    pqxx::row r = tx.exec1(query);
    tx.commit();
    std::cout << "Added " << amount << "x " << r[0].c_str() << " to the cart\n";
  } catch (const std::exception &e) {
    std::cerr << "Failed to add product to cart: " << e.what() << "\n";
  }
}

void testUsersInteractions() {
  std::vector<Customer> customers;
  for (int i = 0; i < 3; ++i) customers.emplace_back("Customer" + std::to_string(i + 1));
  for (auto &customer : customers) {
    for (unsigned j = 0; j < 3; ++j) {
      customer.addProductToCart(j + 1, 2);
    }
  }
}

int main() { testUsersInteractions(); }

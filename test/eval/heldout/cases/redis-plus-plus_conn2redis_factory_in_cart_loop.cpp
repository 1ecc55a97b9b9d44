// SOURCE: github.com/Big-Iron-Cheems/SE-ecommerce commit f7e6d46 src/redis/rdutils.cpp + src/models/Customer.cpp (conn2Redis() returns std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379"); addProductToCart/removeProductFromCart call it every time; main loops over customers and products; replaced by a RedisConnectionPool singleton in c76bb7e)
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: positive - factory returning a fresh unique_ptr<Redis> (each Redis owns a connection pool), called from two methods that a nested loop calls; dropped at method end
#include <sw/redis++/redis++.h>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

std::unique_ptr<sw::redis::Redis> conn2Redis() {
  try {
    auto redis = std::make_unique<sw::redis::Redis>("tcp://127.0.0.1:6379");
    return redis;
  } catch (const sw::redis::Error &err) {
    std::cerr << "Failed to connect to Redis: " << err.what() << "\n";
    return nullptr;
  }
}

class Customer {
 public:
  explicit Customer(unsigned id) : id(id) {}
  void addProductToCart(const unsigned &productId, const std::optional<unsigned> &amount);
  void removeProductFromCart(const unsigned &productId);
 private:
  unsigned id;
};

void Customer::addProductToCart(const unsigned &productId, const std::optional<unsigned> &amount) {
  try {
    auto rdConn = conn2Redis(); // EXPECT-WARN
    std::string productKey = "cart:" + std::to_string(id) + ":" + std::to_string(productId);
    std::unordered_map<std::string, std::string> productData{{"amount", std::to_string(amount.value_or(1))}};
    rdConn->hset(productKey, productData.begin(), productData.end());
    std::string totalPriceKey = "cart:" + std::to_string(id) + ":total_price";
    if (!rdConn->exists(totalPriceKey)) rdConn->set(totalPriceKey, "0");
    rdConn->incrby(totalPriceKey, 10 * amount.value_or(1));
  } catch (const std::exception &e) {
    std::cerr << "Failed to add product to cart: " << e.what() << "\n";
  }
}

void Customer::removeProductFromCart(const unsigned &productId) {
  try {
    auto conn = conn2Redis(); // EXPECT-WARN
    std::string productKey = "cart:" + std::to_string(id) + ":" + std::to_string(productId);
    std::optional<std::string> currentQuantity = conn->hget(productKey, "amount");
    if (currentQuantity) conn->del(productKey);
  } catch (const std::exception &e) {
    std::cerr << "Failed to remove product from cart: " << e.what() << "\n";
  }
}

int main() {
  std::vector<Customer> customers{Customer{1}, Customer{2}, Customer{3}};
  for (auto &customer : customers) {
    for (unsigned j = 0; j < 3; ++j) customer.addProductToCart(j + 1, 2u);
    customer.removeProductFromCart(1);
  }
}

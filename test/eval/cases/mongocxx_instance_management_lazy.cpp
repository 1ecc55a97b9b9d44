// SOURCE: https://github.com/mongodb/mongo-cxx-driver/blob/master/examples/mongocxx/instance_management.cpp (mongo_access: configure() builds the instance and a pool once; connection() acquires from the pool; instance() is a function-local static)
// LIBRARY: mongocxx
// FLAGS: -I../stubs
// SHAPE: negative - instance and pool created once (function-local static / member); callers acquire pool entries per call
#include <cstdlib>
#include <memory>
#include <mongocxx/client.hpp>
#include <mongocxx/instance.hpp>
#include <mongocxx/pool.hpp>
#include <mongocxx/uri.hpp>
#include <utility>

class mongo_access {
public:
  static mongo_access &instance() {
    static mongo_access instance;
    return instance;
  }
  void configure(std::unique_ptr<mongocxx::instance> instance, std::unique_ptr<mongocxx::pool> pool) {
    _instance = std::move(instance);
    _pool = std::move(pool);
  }
  using connection = mongocxx::pool::entry;
  connection get_connection() { return _pool->acquire(); }

private:
  mongo_access() = default;
  std::unique_ptr<mongocxx::instance> _instance = nullptr;
  std::unique_ptr<mongocxx::pool> _pool = nullptr;
};

void configure(mongocxx::uri uri) {
  class noop_logger {};
  auto instance = std::make_unique<mongocxx::instance>();
  mongo_access::instance().configure(std::move(instance), std::make_unique<mongocxx::pool>(std::move(uri)));
}

bool do_work() {
  auto connection = mongo_access::instance().get_connection();
  if (!connection)
    return false;
  return true;
}

int main(int argc, char *argv[]) {
  auto uri = mongocxx::uri{(argc >= 2) ? argv[1] : mongocxx::uri::k_default_uri};
  configure(std::move(uri));
  for (int i = 0; i < 100; ++i)
    do_work();
  return EXIT_SUCCESS;
}

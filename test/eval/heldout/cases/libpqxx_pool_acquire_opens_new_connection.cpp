// SOURCE: code search result (repository not shown), namespace jade: `class ConnectionPool { ... template <typename T> auto acquire(std::function<T(pqxx::connection&)> callback) -> T { auto conn = std::make_shared<pqxx::connection>(connectionString); ... return callback(*conn); } }` - a "pool" whose acquire() opens a new connection every time; the route handler that acquires per request is rendered
// LIBRARY: libpqxx
// SHAPE: positive - class named ConnectionPool whose acquire() constructs a pqxx::connection on every call; called from an httplib route
#include <httplib.h>
#include <pqxx/pqxx>
#include <functional>
#include <memory>
#include <string>
#include <type_traits>

namespace jade {

class ConnectionPool {
 private:
  const std::string connectionString;

 public:
  explicit ConnectionPool(const std::string &connectionString) : connectionString(connectionString) {}

  template <typename T>
  auto acquire(std::function<T(pqxx::connection &)> callback) -> T {
    auto conn = std::make_shared<pqxx::connection>(connectionString); // EXPECT-WARN
    if constexpr (std::is_same_v<T, void>) {
      callback(*conn);
    } else {
      return callback(*conn);
    }
  }
};

}  // namespace jade

int main() {
  jade::ConnectionPool pool("dbname=jade user=jade");
  httplib::Server svr;
  svr.Get("/count", [&](const httplib::Request &, httplib::Response &res) {
    long n = pool.acquire<long>([](pqxx::connection &c) {
      pqxx::work w(c);
      return w.exec1("SELECT count(*) FROM items")[0].as<long>();
    });
    res.set_content(std::to_string(n), "text/plain");
  });
  svr.listen("0.0.0.0", 8080);
}

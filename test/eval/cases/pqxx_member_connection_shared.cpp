// SOURCE: https://github.com/jtv/libpqxx/issues/393 (original code: Database keeps one pqxx::connection member and getHash opens a pqxx::work on it per request)
// LIBRARY: libpqxx
// SHAPE: negative - the connection is a member initialised once; only the transaction is per call (thread safety is a different problem)
#include <iostream>
#include <pqxx/pqxx>
#include <string>

class Database {
public:
  explicit Database(const std::string &conninfo) : connection(conninfo) {}
  std::string getHash(const std::string &email) {
    try {
      pqxx::work worker(connection);
      std::string sql = "SELECT hash from users WHERE email='" + email + "';";
      pqxx::result result{worker.exec(sql)};
      worker.commit();
      for (auto row : result) {
        std::string count = row["hash"].c_str();
        return count;
      }
    } catch (const std::exception &e) {
      std::cerr << e.what() << std::endl;
    }
    return {};
  }

private:
  pqxx::connection connection;
};

void serve(Database &db) {
  for (int i = 0; i < 1000; ++i)
    db.getHash("user" + std::to_string(i) + "@example.com");
}

// SOURCE: https://github.com/jtv/libpqxx/issues/393 (REST server calls Database::getHash for every request; maintainer tt4g: "Please create a connection for each request (thread)") - the REST framework is not named in the issue; rendered with cpp-httplib
// LIBRARY: libpqxx
// SHAPE: positive - each request handled by getHash opens its own pqxx::connection (call chain handler -> getHash)
#include <httplib.h>
#include <iostream>
#include <pqxx/pqxx>
#include <string>

class Database {
public:
  explicit Database(std::string conninfo) : conninfo_(std::move(conninfo)) {}
  std::string getHash(const std::string &email) {
    try {
      pqxx::connection connection(conninfo_); // EXPECT-WARN
      pqxx::work worker(connection);
      std::string sql = "SELECT hash from users WHERE email=" + worker.quote(email) + ";";
      pqxx::result result{worker.exec(sql)};
      worker.commit();
      for (auto row : result)
        return row["hash"].c_str();
    } catch (const std::exception &e) {
      std::cerr << e.what() << std::endl;
    }
    return {};
  }

private:
  std::string conninfo_;
};

int main() {
  Database db("dbname=app");
  httplib::Server svr;
  svr.Post("/login", [&db](const httplib::Request &req, httplib::Response &res) {
    res.set_content(db.getHash(req.get_param_value("email")), "text/plain");
  });
  svr.listen("0.0.0.0", 8080);
}

// SOURCE: public GitHub file (class DB over a PGconn with shutdown(), createUser() and PQexecParams; search-index id 52065000264; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - rendered with a member: a method that gives up on a broken connection inside a catch handler finishes the PGconn member and returns false without resetting it; the next method call (and the destructor) use the closed connection
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdexcept>
#include <string>

class UserStore {
public:
  explicit UserStore(const char *conninfo) : conn_(PQconnectdb(conninfo)) {}
  ~UserStore() {
    if (conn_)
      PQfinish(conn_);
  }

  bool createUser(const std::string &email, const std::string &hash) {
    try {
      const char *params[2] = {email.c_str(), hash.c_str()};
      PGresult *res = PQexecParams(conn_, "INSERT INTO students (email, password_hash) VALUES ($1, $2)",
                                   2, nullptr, params, nullptr, nullptr, 0);
      check(res);
      PQclear(res);
      return true;
    } catch (const std::runtime_error &) {
      if (PQstatus(conn_) == CONNECTION_BAD)
        PQfinish(conn_); // EXPECT-WARN
      return false;
    }
  }

private:
  static void check(PGresult *res) {
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
      PQclear(res);
      throw std::runtime_error("insert failed");
    }
  }

  PGconn *conn_;
};

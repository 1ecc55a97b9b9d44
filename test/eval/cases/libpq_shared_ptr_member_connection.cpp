// SOURCE: https://github.com/0Element/db_server/blob/HEAD/include/postgres_cl.hpp (class PostgresCl holds std::shared_ptr<PGconn> m_connection, handed out by Connection())
// LIBRARY: libpq
// FLAGS: -I/usr/include/postgresql
// SHAPE: negative - connection made once in the constructor into a shared_ptr member with PQfinish as deleter; request code borrows it
#include <libpq-fe.h>
#include <memory>
#include <mutex>
#include <string>

typedef std::shared_ptr<PGconn> ptr_pgconn_t;

class PostgresCl {
public:
  PostgresCl() : db_host("localhost"), db_port(5432), db_name("demo"), db_user("demo"), db_pass("demo") {
    std::string conninfo = "host=" + db_host + " port=" + std::to_string(db_port) + " dbname=" + db_name +
                           " user=" + db_user + " password=" + db_pass;
    m_connection.reset(PQconnectdb(conninfo.c_str()), &PQfinish);
  }
  ~PostgresCl() = default;
  ptr_pgconn_t Connection() const { return m_connection; }

  static int count;

private:
  std::string db_host;
  int db_port;
  std::string db_name;
  std::string db_user;
  std::string db_pass;
  ptr_pgconn_t m_connection;
};

int PostgresCl::count = 0;

std::string handle_query(PostgresCl &pg, const std::string &sql) {
  ptr_pgconn_t conn = pg.Connection();
  PGresult *res = PQexec(conn.get(), sql.c_str());
  std::string out = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) ? PQgetvalue(res, 0, 0) : "";
  PQclear(res);
  return out;
}

void serve(PostgresCl &pg) {
  for (;;)
    handle_query(pg, "SELECT now()");
}

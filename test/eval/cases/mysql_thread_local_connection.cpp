// SOURCE: https://github.com/SeanTater/uncc2014watsonsim/issues/79 ("I ended up sharing them, one-per-thread") and the MySQL C API threaded-clients guidance quoted in meow-sql mysql_thread_initializer.cpp (https://dev.mysql.com/doc/c-api/5.7/en/c-api-threaded-clients.html) - rendered with the MariaDB C API
// LIBRARY: mysql
// SHAPE: negative - handler gets its connection from a thread_local holder initialised once per thread
#include <memory>
#include <mysql/mysql.h>
#include <string>

struct MysqlCloser {
  void operator()(MYSQL *m) const { mysql_close(m); }
};

static MYSQL *thread_connection() {
  thread_local std::unique_ptr<MYSQL, MysqlCloser> conn([] {
    mysql_thread_init();
    MYSQL *m = mysql_init(nullptr);
    mysql_real_connect(m, "127.0.0.1", "app", "secret", "app", 3306, nullptr, 0);
    return m;
  }());
  return conn.get();
}

int handle_request(const std::string &user) {
  MYSQL *db = thread_connection();
  std::string q = "UPDATE users SET hits = hits + 1 WHERE name = '" + user + "'";
  return mysql_query(db, q.c_str());
}

void worker_loop() {
  for (;;)
    handle_request("alice");
}

// A member released and then set to nullptr or to a new client, later in
// the same function, no longer holds the closed one.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | count 0

#include <hiredis/hiredis.h>
#include <mysql.h>

class SessionCache {
public:
  // Dropped and reset: the next call sees nullptr and reconnects.
  void drop() {
    redisFree(Ctx);
    Ctx = nullptr;
  }

  // Replaced by a new connection.
  void refreshContext() {
    redisFree(this->Ctx);
    this->Ctx = redisConnect("127.0.0.1", 6379);
  }

private:
  redisContext *Ctx = nullptr;
};

class OrderStore {
public:
  // Reopened after a failed query: mysql_init gives the member a new handle.
  bool retry(const char *Sql) {
    if (mysql_query(Conn, Sql) == 0)
      return true;
    mysql_close(Conn);
    Conn = mysql_init(nullptr);
    return mysql_real_connect(Conn, "localhost", "shop", "", "shop", 0,
                              nullptr, 0) != nullptr;
  }

private:
  MYSQL *Conn = nullptr;
};

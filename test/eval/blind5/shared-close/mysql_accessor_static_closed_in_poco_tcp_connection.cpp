// SOURCE: rendered from Poco TCPServer game/back-office servers that reach the process's one MYSQL handle through a function-local static accessor and close it when a query fails (code search "mysql_close(g_mysql)"-style error paths, e.g. search-index id 27556647638's close_db/connect_to_db pair)
// LIBRARY: mysql
// SHAPE: positive - a Poco TCPServerConnection::run override gets the shared connection from an accessor returning a function-local static and closes it when a query fails; every other connection thread keeps using it
// FLAGS: -I/usr/include/mariadb
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/TCPServerConnection.h>
#include <mysql.h>

static MYSQL *accountsDb() {
  static MYSQL *Db = [] {
    MYSQL *M = mysql_init(nullptr);
    mysql_real_connect(M, "db.internal", "game", "secret", "accounts", 3306,
                       nullptr, 0);
    return M;
  }();
  return Db;
}

class LoginConnection : public Poco::Net::TCPServerConnection {
public:
  using Poco::Net::TCPServerConnection::TCPServerConnection;

  void run() override {
    MYSQL *Db = accountsDb();
    if (mysql_query(Db, "UPDATE accounts SET last_login = NOW() WHERE id = 7")) {
      mysql_close(Db); // EXPECT-WARN
      socket().sendBytes("ERR\n", 4);
      return;
    }
    socket().sendBytes("OK\n", 3);
  }
};

// A function whose name says it shuts down (a word of its name matches the
// ShutdownFunctions pattern, in any case) is a shutdown path: it
// may release shared clients and tear libraries down without resetting
// anything.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql -I/usr/include/mariadb | %diags \
// RUN:   | count 0

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <mysql.h>

redisContext *Cache = nullptr;
PGconn *Db = nullptr;

// Matches 'shutdown'.
void shutdownClients() {
  redisFree(Cache);
  PQfinish(Db);
  curl_global_cleanup();
  mysql_library_end();
}

class Worker {
public:
  // Matches 'stop', in any case.
  void onStop() { redisFree(Conn); }
  // Matches 'close'.
  void closeConnection() { redisFree(Conn); }

private:
  redisContext *Conn = nullptr;
};

// Matches 'End', a word of the name.
static void LibraryEnd() { mysql_library_end(); }

// Matches 'quit', after an underscore.
void on_quit() { PQfinish(Db); }

// Matches 'onstop', an event hook written as one word.
void MysqlDriver_onstop() { mysql_library_end(); }

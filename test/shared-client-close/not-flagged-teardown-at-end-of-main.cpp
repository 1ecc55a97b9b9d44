// main is the process's shutdown path: the clients and libraries it
// releases at its end are released once, after everything else is done.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql -I/usr/include/mariadb \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | count 0

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <mongoc/mongoc.h>
#include <mysql.h>

redisContext *Cache = nullptr;
PGconn *Db = nullptr;
mongoc_client_t *Mongo = nullptr;

void serve();

// The libraries are initialised here, not in main: main's teardown is not
// excused by running the init itself.
static void initLibraries() {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  mongoc_init();
  mysql_library_init(0, nullptr, nullptr);
}

int main() {
  initLibraries();
  Cache = redisConnect("127.0.0.1", 6379);
  Db = PQconnectdb("dbname=shop");
  Mongo = mongoc_client_new("mongodb://localhost:27017");
  serve();
  // Everything goes at the end, without resetting the globals.
  mongoc_client_destroy(Mongo);
  PQfinish(Db);
  redisFree(Cache);
  mysql_library_end();
  mongoc_cleanup();
  curl_global_cleanup();
  return 0;
}

// Outside frequently invoked code, a global released and then reassigned in
// the same function holds a live client again: a reconnect.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql -I/usr/include/libmongoc-1.0 \
// RUN:   -I/usr/include/libbson-1.0 | %diags \
// RUN:   | count 0

#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <mongoc/mongoc.h>

redisContext *Cache = nullptr;
PGconn *Db = nullptr;
mongoc_client_t *Mongo = nullptr;

// Reconnects after a configuration change.
void reconfigure(const char *Host, const char *Conninfo, const char *Uri) {
  redisFree(Cache);
  Cache = redisConnect(Host, 6379);
  PQfinish(Db);
  Db = PQconnectdb(Conninfo);
  mongoc_client_destroy(Mongo);
  Mongo = mongoc_client_new(Uri);
}

// Cleared on failover.
void failover() {
  PQfinish(Db);
  Db = nullptr;
}

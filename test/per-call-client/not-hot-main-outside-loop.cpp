// main runs once: clients made in its body outside any loop are made once and
// are not reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <hiredis/hiredis.h>
#include <postgresql/libpq-fe.h>

bool serveOne(redisContext *Cache, PGconn *Db);

// The connections are opened once, before the serving loop uses them.
int main() {
  redisContext *Cache = redisConnect("127.0.0.1", 6379);
  PGconn *Db = PQconnectdb("dbname=app");
  while (serveOne(Cache, Db)) {
  }
  PQfinish(Db);
  redisFree(Cache);
}

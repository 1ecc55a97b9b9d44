// The owner's destructor ends the member's life with the object: nothing
// can call through the member afterwards, so it need not be reset.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | count 0

#include <hiredis/hiredis.h>
#include <mongoc/mongoc.h>

class SessionCache {
public:
  SessionCache() : Ctx(redisConnect("127.0.0.1", 6379)) {}
  ~SessionCache() { redisFree(Ctx); }

private:
  redisContext *Ctx;
};

class Catalog {
public:
  Catalog() : Client(mongoc_client_new("mongodb://localhost:27017")) {}
  ~Catalog();

private:
  mongoc_client_t *Client;
};

// Defined out of line, as destructors often are.
Catalog::~Catalog() { mongoc_client_destroy(Client); }

// SOURCE: public GitHub file of a Swift MongoDB binding, MongoClientPool.tryPopClient (search-index id 14033507273; the index does not name its repository): `let clientPointer = mongoc_client_pool_try_pop(ptr); if clientPointer != nil { return MongoClient(pointer: mongoc_client_pool_pop(clientPointer)) }`
// LIBRARY: mongoc
// SHAPE: positive - rendered in C++: the client that try_pop handed out is only tested for NULL and then dropped, and the wrapper is built from a second pop; every successful tryPopClient loses one client of the pool
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <memory>

class MongoClient {
public:
  MongoClient(mongoc_client_pool_t *Pool, mongoc_client_t *Client)
      : Pool(Pool), Client(Client) {}
  ~MongoClient() { mongoc_client_pool_push(Pool, Client); }
  mongoc_client_t *get() const { return Client; }

private:
  mongoc_client_pool_t *Pool;
  mongoc_client_t *Client;
};

class MongoClientPool {
public:
  // Returns a client if one is free now, nullptr otherwise.
  std::unique_ptr<MongoClient> tryPopClient() {
    mongoc_client_t *clientPointer = mongoc_client_pool_try_pop(ptr); // EXPECT-WARN
    if (clientPointer != nullptr) {
      return std::make_unique<MongoClient>(ptr, mongoc_client_pool_pop(ptr));
    }
    return nullptr;
  }

private:
  mongoc_client_pool_t *ptr;
};

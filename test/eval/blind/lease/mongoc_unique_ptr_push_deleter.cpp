// SOURCE: https://github.com/mongodb/mongo-cxx-driver/pull/1205 (mongocxx::pool::acquire wraps the popped client in a unique_ptr whose deleter pushes it back) - rendered on the C API in application code
// LIBRARY: mongoc
// SHAPE: negative - the popped client is adopted by a std::unique_ptr whose deleter lambda pushes it back; every early return and exception gives it back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

using PooledClient =
    std::unique_ptr<mongoc_client_t, std::function<void(mongoc_client_t *)>>;

long long countOrders(mongoc_client_pool_t *Pool, const std::string &Db) {
  PooledClient Client(mongoc_client_pool_pop(Pool),
                      [Pool](mongoc_client_t *C) {
                        mongoc_client_pool_push(Pool, C);
                      });
  if (!Client)
    throw std::runtime_error("pool timed out");
  mongoc_collection_t *Coll =
      mongoc_client_get_collection(Client.get(), Db.c_str(), "orders");
  if (Coll == nullptr)
    return -1;
  bson_t Filter = BSON_INITIALIZER;
  long long N = mongoc_collection_count_documents(Coll, &Filter, nullptr,
                                                  nullptr, nullptr, nullptr);
  mongoc_collection_destroy(Coll);
  return N;
}

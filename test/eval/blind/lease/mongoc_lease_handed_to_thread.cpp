// SOURCE: https://mongoc.org/libmongoc/current/connection-pooling.html (libmongoc manual: pop a client per thread and push it back when the thread is done) - rendered with std::thread taking the popped client
// LIBRARY: mongoc
// SHAPE: negative - the lease is moved into a std::thread whose body pushes it back; the spawning function keeps nothing
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <string>
#include <thread>

void exportInBackground(mongoc_client_pool_t *Pool, const std::string &Name) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  std::thread([Pool, Client, Name] {
    mongoc_collection_t *Coll =
        mongoc_client_get_collection(Client, "exports", Name.c_str());
    bson_t Filter = BSON_INITIALIZER;
    mongoc_collection_count_documents(Coll, &Filter, nullptr, nullptr, nullptr,
                                      nullptr);
    mongoc_collection_destroy(Coll);
    mongoc_client_pool_push(Pool, Client);
  }).detach();
}

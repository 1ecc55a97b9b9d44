// SOURCE: public GitHub file (search-index id 52685351190; the index does not name its repository): configure_result_store() builds a new client pool and, under the state mutex, destroys the previous g_pool and installs the new one; save_flow_result() pops and pushes under the same mutex
// LIBRARY: mongoc
// SHAPE: negative - the old pool is destroyed and replaced in one critical section that every user of the pool also takes; called from setup, not from a handler
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <mutex>
#include <string>

static std::mutex g_state_mutex;
static mongoc_client_pool_t *g_pool = nullptr;
static std::string g_db_name;

void configure_result_store(const std::string &uri_string,
                            const std::string &database_name) {
  mongoc_uri_t *uri = mongoc_uri_new(uri_string.c_str());
  if (uri == nullptr)
    return;
  mongoc_client_pool_t *pool = mongoc_client_pool_new(uri);
  mongoc_uri_destroy(uri);
  if (pool == nullptr)
    return;
  std::lock_guard<std::mutex> lock(g_state_mutex);
  if (g_pool != nullptr)
    mongoc_client_pool_destroy(g_pool);
  g_pool = pool;
  g_db_name = database_name;
}

void save_flow_result(const bson_t *doc) {
  std::lock_guard<std::mutex> lock(g_state_mutex);
  if (g_pool == nullptr)
    return;
  mongoc_client_t *client = mongoc_client_pool_pop(g_pool);
  mongoc_collection_t *coll =
      mongoc_client_get_collection(client, g_db_name.c_str(), "results");
  mongoc_collection_insert_one(coll, doc, nullptr, nullptr, nullptr);
  mongoc_collection_destroy(coll);
  mongoc_client_pool_push(g_pool, client);
}

// SOURCE: public GitHub file (QxOrm QxMongoDB_Helper.cpp, qx_scoped_wrapper<mongoc_client_t> specialisation; search-index id 16340569374; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - an explicit specialisation of a scoped-wrapper template pops in its constructor and pushes in its destructor; the helper function builds it on the stack and returns early on a NULL client and on a failed command
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <string>

template <typename T> struct qx_scoped_wrapper;

template <> struct qx_scoped_wrapper<mongoc_client_t> {
  mongoc_client_t *m_client;
  mongoc_client_pool_t *m_pool;
  explicit qx_scoped_wrapper(mongoc_client_pool_t *pool)
      : m_client(nullptr), m_pool(pool) {
    if (m_pool)
      m_client = mongoc_client_pool_pop(m_pool);
  }
  ~qx_scoped_wrapper() {
    if (m_pool && m_client)
      mongoc_client_pool_push(m_pool, m_client);
  }
  mongoc_client_t *get() { return m_client; }
};

bool qxDropCollection(mongoc_client_pool_t *pool, const std::string &db,
                      const std::string &name, std::string &err) {
  qx_scoped_wrapper<mongoc_client_t> client(pool);
  if (!client.get()) {
    err = "unable to pop a client from the pool";
    return false;
  }
  mongoc_collection_t *coll =
      mongoc_client_get_collection(client.get(), db.c_str(), name.c_str());
  bson_error_t error;
  bool ok = mongoc_collection_drop(coll, &error);
  mongoc_collection_destroy(coll);
  if (!ok) {
    err = error.message;
    return false;
  }
  return true;
}

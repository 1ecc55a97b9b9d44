// SOURCE: public GitHub file (MongoConnPool::create_connect, a Chinese server framework's mongo connection pool; search-index id 37836130522; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the pop happens only below a per-process connection limit into a variable that starts NULL; when it succeeds and a collection can be opened the client goes into a heap 'Mongo' object returned to the caller, otherwise it is pushed straight back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <mutex>
#include <string>

class MongoConnPool;

struct Mongo {
  mongoc_client_t *m_client = nullptr;
  mongoc_collection_t *m_coll = nullptr;
  bool inpool = false;
  MongoConnPool *parent = nullptr;
};

class MongoConnPool {
public:
  Mongo *create_connect();

private:
  mongoc_client_pool_t *m_pool = nullptr;
  std::string m_db, m_coll;
  std::mutex m_lock;
  int m_conn_count_process = 0;
  int m_max_conn = 16;
};

Mongo *MongoConnPool::create_connect() {
  Mongo *pmg = nullptr;
  mongoc_client_t *mongocli = nullptr;
  int conn_count_process;
  {
    std::lock_guard<std::mutex> guard(m_lock);
    conn_count_process = m_conn_count_process;
  }
  if (conn_count_process < m_max_conn)
    mongocli = mongoc_client_pool_pop(m_pool);

  if (mongocli) {
    mongoc_collection_t *collection =
        mongoc_client_get_collection(mongocli, m_db.c_str(), m_coll.c_str());
    if (collection) {
      pmg = new Mongo;
      pmg->m_client = mongocli;
      pmg->m_coll = collection;
      pmg->inpool = true;
      pmg->parent = this;
      std::lock_guard<std::mutex> guard(m_lock);
      ++m_conn_count_process;
    } else {
      mongoc_client_pool_push(m_pool, mongocli);
    }
  }
  return pmg;
}

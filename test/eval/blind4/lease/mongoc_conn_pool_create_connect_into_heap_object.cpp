// SOURCE: public GitHub file of a C++ server framework, MongoConnPool::create_connect ("remark: the returned value must be released by the caller"; search-index id 37836130522; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the pop is only attempted under the per-process connection cap, so the client may still be NULL; a popped client either moves into a new Mongo object (returned to the caller, which later pushes it) or is pushed back when its collection cannot be opened
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <mutex>
#include <string>

struct MongoConf {
  std::string db_name;
  std::string coll_name;
  std::string mongo_uri;
  int processMaxConnNum;
};

class MongoConnPool;

struct Mongo {
  mongoc_client_t *m_client = nullptr;
  mongoc_collection_t *m_coll = nullptr;
  bool inpool = false;
  MongoConnPool *parent = nullptr;
};

class MongoConnPool {
public:
  Mongo *create_connect(bool onlyPool);

private:
  std::mutex m_lock;
  MongoConf *m_conf;
  mongoc_client_pool_t *m_pool;
  int m_conn_count_process = 0;
  int m_totalconn_count = 0;
  int m_peek_conn_count = 0;
};

// remark: the returned value must be released by the caller
Mongo *MongoConnPool::create_connect(bool onlyPool) {
  Mongo *pmg = NULL;
  mongoc_collection_t *collection = NULL;
  mongoc_client_t *mongocli = NULL;
  int conn_count_process;

  {
    std::lock_guard<std::mutex> guard(m_lock);
    conn_count_process = m_conn_count_process;
  }

  if (conn_count_process < m_conf->processMaxConnNum) {
    mongocli = mongoc_client_pool_pop(m_pool);
  }

  if (mongocli) {
    collection = mongoc_client_get_collection(mongocli, m_conf->db_name.c_str(),
                                              m_conf->coll_name.c_str());
    if (collection) {
      pmg = new Mongo;
      pmg->m_client = mongocli;
      pmg->m_coll = collection;
      pmg->inpool = true;
      pmg->parent = this;

      std::lock_guard<std::mutex> guard(m_lock);
      ++m_conn_count_process;
      ++m_totalconn_count;
      if (m_totalconn_count > m_peek_conn_count) {
        m_peek_conn_count = m_totalconn_count;
      }
    } else {
      mongoc_client_pool_push(m_pool, mongocli);
    }
  }

  if (NULL == pmg && !onlyPool) { // pool empty: make a short-lived connection
    mongocli = mongoc_client_new(m_conf->mongo_uri.c_str());
    if (mongocli) {
      collection = mongoc_client_get_collection(
          mongocli, m_conf->db_name.c_str(), m_conf->coll_name.c_str());
      pmg = new Mongo;
      pmg->m_client = mongocli;
      pmg->m_coll = collection;
      pmg->inpool = false;
      pmg->parent = this;
    }
  }
  return pmg;
}

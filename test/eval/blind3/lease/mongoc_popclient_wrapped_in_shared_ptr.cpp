// SOURCE: nicehero/MongoHpp, MongoConnectionPool::popClient, MongoClient's constructor and destructor, MongoConnectionPool::insert (search-index id 4704891610)
// LIBRARY: mongoc
// SHAPE: negative - popClient pops a client and, when it is not NULL, hands it to a new MongoClient (whose constructor keeps it in a member and whose destructor pushes it back) returned in a std::shared_ptr; the pool's insert takes one per call and lets the shared_ptr give it back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <memory>
#include <string>

namespace nicehero {

class MongoConnectionPool;

class MongoClient {
  friend class MongoConnectionPool;

protected:
  MongoClient(MongoConnectionPool &pool, mongoc_client_t *c);

public:
  ~MongoClient();
  bson_error_t insert(const std::string &collection, const bson_t *doc);

private:
  MongoConnectionPool &m_pool;
  mongoc_client_t *m_client;
  std::string m_dbname;
};

using MongoClientPtr = std::shared_ptr<MongoClient>;

class MongoConnectionPool {
public:
  bson_error_t insert(const std::string &collection, const bson_t *doc);
  MongoClientPtr popClient();
  const std::string &getDBName() const { return m_dbname; }

  mongoc_client_pool_t *m_poolImpl = nullptr;

private:
  std::string m_dbname;
};

MongoClient::MongoClient(MongoConnectionPool &pool, mongoc_client_t *c)
    : m_pool(pool), m_client(c) {
  m_dbname = m_pool.getDBName();
}

MongoClient::~MongoClient() {
  mongoc_client_pool_push(m_pool.m_poolImpl, m_client);
}

bson_error_t MongoClient::insert(const std::string &collection,
                                 const bson_t *doc) {
  bson_error_t error;
  bson_set_error(&error, 0, 2, "db error");
  auto collection_ = mongoc_client_get_collection(m_client, m_dbname.c_str(),
                                                  collection.c_str());
  if (!collection_)
    return error;
  mongoc_collection_insert_one(collection_, doc, NULL, NULL, &error);
  mongoc_collection_destroy(collection_);
  return error;
}

MongoClientPtr MongoConnectionPool::popClient() {
  auto c = mongoc_client_pool_pop(m_poolImpl);
  if (!c) {
    return MongoClientPtr();
  }
  return MongoClientPtr(new MongoClient(*this, c));
}

bson_error_t MongoConnectionPool::insert(const std::string &collection,
                                         const bson_t *doc) {
  bson_error_t error;
  bson_set_error(&error, 0, 3, "pool empty");
  auto c = popClient();
  if (!c) {
    return error;
  }
  return c->insert(collection, doc);
}

} // namespace nicehero

// SOURCE: public GitHub file (SLib MongoDB PoolImpl::getStore; search-index id 23143885556; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the popped client is handed to a freshly allocated store object (ret->m_client = client) that is returned; when the allocation fails the client is pushed back, and a NULL pop returns nothing
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <memory>
#include <new>

class PoolImpl;

class MongoDBImpl {
public:
  ~MongoDBImpl();
  PoolImpl *m_pool = nullptr;
  mongoc_client_t *m_client = nullptr;
};

class PoolImpl {
public:
  std::shared_ptr<MongoDBImpl> getStore();
  mongoc_client_pool_t *m_pool = nullptr;
};

MongoDBImpl::~MongoDBImpl() {
  if (m_client)
    mongoc_client_pool_push(m_pool->m_pool, m_client);
}

std::shared_ptr<MongoDBImpl> PoolImpl::getStore() {
  mongoc_client_t *client = mongoc_client_pool_pop(m_pool);
  if (client) {
    MongoDBImpl *ret = new (std::nothrow) MongoDBImpl;
    if (ret) {
      ret->m_pool = this;
      ret->m_client = client;
      return std::shared_ptr<MongoDBImpl>(ret);
    }
    mongoc_client_pool_push(m_pool, client);
  }
  return nullptr;
}

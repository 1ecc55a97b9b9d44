// SOURCE: public GitHub file, CloudEngine MongoClientPool::TryPop / Push (search-index id 66432763046; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the popped client is wrapped by a factory defined elsewhere and returned to the caller; the pool wrapper's Push gives the raw client back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

class MongoClient {
public:
  static MongoClient *FromPooled(mongoc_client_t *c);
  void *RawClient() const;
  void ReleaseFromPool();
  void Destroy();
};

struct MongoClientPoolImpl {
  mongoc_client_pool_t *pool = nullptr;
};

class MongoClientPool {
public:
  MongoClient *TryPop();
  MongoClient *Pop();
  void Push(MongoClient *client);

private:
  MongoClientPoolImpl *impl_ = nullptr;
};

MongoClient *MongoClientPool::Pop() {
  if (!impl_ || !impl_->pool)
    return nullptr;
  mongoc_client_t *c = mongoc_client_pool_pop(impl_->pool);
  if (!c)
    return nullptr;
  // The pooled client must be returned via MongoClientPool::Push() before
  // destruction.
  return MongoClient::FromPooled(c);
}

MongoClient *MongoClientPool::TryPop() {
  if (!impl_ || !impl_->pool)
    return nullptr;
  mongoc_client_t *c = mongoc_client_pool_try_pop(impl_->pool);
  if (!c)
    return nullptr;
  return MongoClient::FromPooled(c);
}

void MongoClientPool::Push(MongoClient *client) {
  if (!client)
    return;
  if (impl_ && impl_->pool && client->RawClient()) {
    mongoc_client_pool_push(impl_->pool,
                            static_cast<mongoc_client_t *>(client->RawClient()));
    client->ReleaseFromPool();
  } else {
    client->Destroy();
  }
  delete client;
}

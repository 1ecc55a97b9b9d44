// SOURCE: https://github.com/delimitrou/DeathStarBench socialNetwork/src/PostStorageService/PostStorageHandler.h (StorePost: every throw after the pop pushes the client first; the write-through memcached lease is pushed inside its NULL test)
// LIBRARY: mongoc
// SHAPE: negative - NULL-tested pop, every error branch pushes before it throws, the normal path pushes; memcached lease given back inside `if (client)`
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <mongoc/mongoc.h>

#include <cstdint>
#include <cstring>
#include <string>

struct ServiceException {
  int errorCode;
  std::string message;
};

struct Post {
  int64_t post_id;
  std::string text;
};

class PostStorageHandler {
public:
  void StorePost(const Post &post);

private:
  memcached_pool_st *_memcached_client_pool;
  mongoc_client_pool_t *_mongodb_client_pool;
};

void PostStorageHandler::StorePost(const Post &post) {
  mongoc_client_t *mongodb_client =
      mongoc_client_pool_pop(_mongodb_client_pool);
  if (!mongodb_client) {
    ServiceException se{1, "Failed to pop a client from MongoDB pool"};
    throw se;
  }
  auto collection = mongoc_client_get_collection(mongodb_client, "post", "post");
  if (!collection) {
    ServiceException se{1, "Failed to create collection post"};
    mongoc_client_pool_push(_mongodb_client_pool, mongodb_client);
    throw se;
  }
  bson_t *new_doc = bson_new();
  BSON_APPEND_INT64(new_doc, "post_id", post.post_id);
  BSON_APPEND_UTF8(new_doc, "text", post.text.c_str());
  bson_error_t error;
  bool inserted = mongoc_collection_insert_one(collection, new_doc, nullptr,
                                               nullptr, &error);
  if (!inserted) {
    ServiceException se{1, error.message};
    bson_destroy(new_doc);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(_mongodb_client_pool, mongodb_client);
    throw se;
  }
  char *post_json_char = bson_as_json(new_doc, nullptr);
  bson_destroy(new_doc);
  mongoc_collection_destroy(collection);
  mongoc_client_pool_push(_mongodb_client_pool, mongodb_client);

  if (post_json_char) {
    memcached_return_t memcached_rc;
    memcached_st *memcached_client =
        memcached_pool_pop(_memcached_client_pool, true, &memcached_rc);
    if (memcached_client) {
      std::string key = std::to_string(post.post_id);
      memcached_set(memcached_client, key.c_str(), key.length(), post_json_char,
                    std::strlen(post_json_char), 0, 0);
      memcached_pool_push(_memcached_client_pool, memcached_client);
    }
    bson_free(post_json_char);
  }
}

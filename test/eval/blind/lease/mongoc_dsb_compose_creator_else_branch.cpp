// SOURCE: https://github.com/delimitrou/DeathStarBench socialNetwork/src/UserService/UserHandler.h (ComposeCreatorWithUsername: memcached lease pushed on both paths; the MongoDB lease in the cache-miss branch is lost when the collection cannot be had)
// LIBRARY: mongoc
// SHAPE: positive - two pools in one handler: the memcached lease is given back on every path (silent), the mongoc lease taken in the else branch is lost on the `!collection` throw
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <mongoc/mongoc.h>

#include <cstdint>
#include <cstdlib>
#include <string>

struct ServiceException {
  int errorCode;
  std::string message;
};

class UserHandler {
public:
  int64_t ComposeCreatorWithUsername(const std::string &username);

private:
  memcached_pool_st *_memcached_client_pool;
  mongoc_client_pool_t *_mongodb_client_pool;
};

int64_t UserHandler::ComposeCreatorWithUsername(const std::string &username) {
  size_t user_id_size;
  uint32_t memcached_flags;
  memcached_return_t memcached_rc;
  memcached_st *memcached_client =
      memcached_pool_pop(_memcached_client_pool, true, &memcached_rc);
  char *user_id_mmc = nullptr;
  if (memcached_client) {
    std::string key = username + ":user_id";
    user_id_mmc = memcached_get(memcached_client, key.c_str(), key.length(),
                                &user_id_size, &memcached_flags, &memcached_rc);
    if (!user_id_mmc && memcached_rc != MEMCACHED_NOTFOUND) {
      ServiceException se{2, memcached_strerror(memcached_client, memcached_rc)};
      memcached_pool_push(_memcached_client_pool, memcached_client);
      throw se;
    }
    memcached_pool_push(_memcached_client_pool, memcached_client);
  }

  int64_t user_id = -1;
  if (user_id_mmc) {
    user_id = std::strtoll(user_id_mmc, nullptr, 10);
    free(user_id_mmc);
  } else {
    mongoc_client_t *mongodb_client =
        mongoc_client_pool_pop(_mongodb_client_pool); // EXPECT-WARN
    if (!mongodb_client) {
      ServiceException se{1, "Failed to pop a client from MongoDB pool"};
      throw se;
    }
    auto collection =
        mongoc_client_get_collection(mongodb_client, "user", "user");
    if (!collection) {
      ServiceException se{1, "Failed to create collection user from DB user"};
      throw se;
    }
    bson_t *query = bson_new();
    BSON_APPEND_UTF8(query, "username", username.c_str());
    mongoc_cursor_t *cursor =
        mongoc_collection_find_with_opts(collection, query, nullptr, nullptr);
    const bson_t *doc;
    if (mongoc_cursor_next(cursor, &doc))
      user_id = 1;
    bson_destroy(query);
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(_mongodb_client_pool, mongodb_client);
  }
  return user_id;
}

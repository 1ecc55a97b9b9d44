// SOURCE: DeathStarBench-derived media microservices, UserHandler::Login (public GitHub file; search-index id 1146202968; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - on a cache miss the handler pops a MongoDB client; when the collection cannot be opened it frees the cached strings and throws without pushing the client (every later throw in the branch pushes first); the memcached client is pushed before the branch and popped again into the same variable afterwards
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <libmemcached/memcached.h>
#include <libmemcached/util.h>
#include <mongoc/mongoc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

struct ServiceException {
  int errorCode = 0;
  std::string message;
};

enum ErrorCode { SE_MEMCACHED_ERROR = 1, SE_MONGODB_ERROR = 2, SE_UNAUTHORIZED = 3 };

class UserHandler {
public:
  void Login(std::string &_return, const std::string &username,
             const std::string &password);

private:
  memcached_pool_st *_memcached_client_pool;
  mongoc_client_pool_t *_mongodb_client_pool;
};

void UserHandler::Login(std::string &_return, const std::string &username,
                        const std::string &password) {
  size_t salt_size;
  uint32_t memcached_flags;
  memcached_return_t memcached_rc;
  memcached_st *memcached_client =
      memcached_pool_pop(_memcached_client_pool, true, &memcached_rc);
  if (!memcached_client) {
    ServiceException se;
    se.errorCode = SE_MEMCACHED_ERROR;
    se.message = "Failed to pop a client from memcached pool";
    throw se;
  }
  char *salt_mmc = memcached_get(memcached_client, (username + ":salt").c_str(),
                                 (username + ":salt").length(), &salt_size,
                                 &memcached_flags, &memcached_rc);
  if (!salt_mmc && memcached_rc != MEMCACHED_NOTFOUND) {
    ServiceException se;
    se.errorCode = SE_MEMCACHED_ERROR;
    se.message = memcached_strerror(memcached_client, memcached_rc);
    memcached_pool_push(_memcached_client_pool, memcached_client);
    throw se;
  }
  memcached_pool_push(_memcached_client_pool, memcached_client);

  const char *salt_str = nullptr;
  if (salt_mmc) {
    salt_str = salt_mmc;
  } else {
    // If not cached in memcached
    mongoc_client_t *mongodb_client = mongoc_client_pool_pop(_mongodb_client_pool); // EXPECT-WARN
    if (!mongodb_client) {
      ServiceException se;
      se.errorCode = SE_MONGODB_ERROR;
      se.message = "Failed to pop a client from MongoDB pool";
      throw se;
    }
    auto collection = mongoc_client_get_collection(mongodb_client, "user", "user");
    if (!collection) {
      ServiceException se;
      se.errorCode = SE_MONGODB_ERROR;
      se.message = "Failed to create collection user from DB user";
      free(salt_mmc);
      throw se;
    }
    bson_t *query = bson_new();
    BSON_APPEND_UTF8(query, "username", username.c_str());
    mongoc_cursor_t *cursor =
        mongoc_collection_find_with_opts(collection, query, nullptr, nullptr);
    const bson_t *doc;
    bool found = mongoc_cursor_next(cursor, &doc);
    if (!found) {
      bson_destroy(query);
      mongoc_cursor_destroy(cursor);
      mongoc_collection_destroy(collection);
      mongoc_client_pool_push(_mongodb_client_pool, mongodb_client);
      ServiceException se;
      se.errorCode = SE_UNAUTHORIZED;
      se.message = "User: " + username + " is not registered";
      throw se;
    }
    bson_iter_t iter;
    if (bson_iter_init_find(&iter, doc, "salt")) {
      salt_str = bson_iter_utf8(&iter, nullptr);
    }
    _return = salt_str ? std::string(salt_str) + password : std::string();
    bson_destroy(query);
    mongoc_cursor_destroy(cursor);
    mongoc_collection_destroy(collection);
    mongoc_client_pool_push(_mongodb_client_pool, mongodb_client);
  }

  memcached_client = memcached_pool_pop(_memcached_client_pool, true, &memcached_rc);
  if (!memcached_client) {
    ServiceException se;
    se.errorCode = SE_MEMCACHED_ERROR;
    se.message = "Failed to pop a client from memcached pool";
    free(salt_mmc);
    throw se;
  }
  if (salt_str && !salt_mmc) {
    memcached_rc = memcached_set(memcached_client, (username + ":salt").c_str(),
                                 (username + ":salt").length(), salt_str,
                                 std::strlen(salt_str), 0, 0);
  }
  memcached_pool_push(_memcached_client_pool, memcached_client);
  free(salt_mmc);
}

// SOURCE: public GitHub file (init_mongo_collections: "Init collections (per thread)", mongoc_client_pool_try_pop into a global client, NULL tested; search-index id 38705512212; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - try_pop's NULL result returns an error with nothing leased; on success the client is kept in a (thread-)global until free_mongo_collections pushes it
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdlib.h>

typedef enum { S_OK = 0, S_ERR = 1 } Err;
enum { MONGO_MAIN, MONGO_MAIN_CONTENT, N_MONGO_COLLECTIONS };

mongoc_client_pool_t *MONGO_CLIENT_POOL;
__thread mongoc_client_t *MONGO_CLIENT;
__thread mongoc_collection_t **MONGO_COLLECTIONS;

Err init_mongo_collections(void) {
  MONGO_CLIENT = mongoc_client_pool_try_pop(MONGO_CLIENT_POOL);
  if (MONGO_CLIENT == NULL) {
    return S_ERR;
  }
  MONGO_COLLECTIONS = malloc(sizeof(mongoc_collection_t *) * N_MONGO_COLLECTIONS);
  MONGO_COLLECTIONS[MONGO_MAIN] =
      mongoc_client_get_collection(MONGO_CLIENT, "post", "main");
  MONGO_COLLECTIONS[MONGO_MAIN_CONTENT] =
      mongoc_client_get_collection(MONGO_CLIENT, "post", "main_content");
  return S_OK;
}

Err free_mongo_collections(void) {
  for (int i = 0; i < N_MONGO_COLLECTIONS; i++)
    mongoc_collection_destroy(MONGO_COLLECTIONS[i]);
  free(MONGO_COLLECTIONS);
  mongoc_client_pool_push(MONGO_CLIENT_POOL, MONGO_CLIENT);
  return S_OK;
}

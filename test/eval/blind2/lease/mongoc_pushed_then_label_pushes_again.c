// SOURCE: rendered from the C cleanup-label idiom of mongo-c-driver examples (public GitHub file, search-index id 242208452; the index does not name its repository); the success path gained its own push and still falls into the label
// LIBRARY: mongoc
// SHAPE: positive - the success path pushes the client and then falls into the 'done:' label, which pushes it again; the error paths reach the label holding it, so not every path has given it back before the label (documented gap: a repeated give-back is reported only when every path reaching it has already given back)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>

bool drop_stale_index(mongoc_client_pool_t *pool, const char *db,
                      const char *coll_name, const char *index) {
  bool ret = false;
  bson_error_t error;
  mongoc_client_t *client = mongoc_client_pool_pop(pool);
  mongoc_collection_t *coll = NULL;

  if (!client)
    return false;
  coll = mongoc_client_get_collection(client, db, coll_name);
  if (!mongoc_collection_drop_index(coll, index, &error)) {
    MONGOC_WARNING("drop %s: %s", index, error.message);
    goto done;
  }
  mongoc_collection_destroy(coll);
  coll = NULL;
  mongoc_client_pool_push(pool, client);
  ret = true;

done:
  if (coll)
    mongoc_collection_destroy(coll);
  mongoc_client_pool_push(pool, client); // EXPECT-WARN
  return ret;
}

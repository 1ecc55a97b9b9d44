// SOURCE: public GitHub file (grassroots MongoTool: the popped client is kept in a struct next to its collection and cursor; search-index id 23171881537; the index does not name its repository) - rendered with a stack struct that is dropped on an early return
// LIBRARY: mongoc
// SHAPE: positive - the lease is stored in a field of a local struct without a destructor; the early return drops the struct and the client with it
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>

struct mongo_tool {
  mongoc_client_t *mt_client_p;
  mongoc_collection_t *mt_collection_p;
};

bool count_samples(mongoc_client_pool_t *pool, const char *db, int64_t *out) {
  struct mongo_tool tool;
  tool.mt_client_p = mongoc_client_pool_pop(pool); // EXPECT-WARN
  tool.mt_collection_p = mongoc_client_get_collection(tool.mt_client_p, db, "samples");
  if (tool.mt_collection_p == NULL)
    return false;
  *out = mongoc_collection_estimated_document_count(tool.mt_collection_p, NULL,
                                                    NULL, NULL, NULL);
  mongoc_collection_destroy(tool.mt_collection_p);
  mongoc_client_pool_push(pool, tool.mt_client_p);
  return true;
}

// SOURCE: public GitHub file (grassroots AllocateMongoTool: the popped client goes into a heap-allocated MongoTool, or back to the pool when the allocation fails; search-index id 23171881537; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the lease is stored in a heap object that is returned to the caller; when that allocation fails the client is pushed back
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdlib.h>

typedef struct MongoTool {
  mongoc_client_t *mt_client_p;
  mongoc_collection_t *mt_collection_p;
  mongoc_cursor_t *mt_cursor_p;
} MongoTool;

static mongoc_client_pool_t *s_clients_p = NULL;

MongoTool *AllocateMongoTool(void) {
  mongoc_client_t *client_p = mongoc_client_pool_pop(s_clients_p);
  if (client_p) {
    MongoTool *tool_p = (MongoTool *)malloc(sizeof(MongoTool));
    if (tool_p) {
      tool_p->mt_client_p = client_p;
      tool_p->mt_collection_p = NULL;
      tool_p->mt_cursor_p = NULL;
      return tool_p;
    }
    mongoc_client_pool_push(s_clients_p, client_p);
  }
  return NULL;
}

void FreeMongoTool(MongoTool *tool_p) {
  if (tool_p->mt_collection_p)
    mongoc_collection_destroy(tool_p->mt_collection_p);
  if (tool_p->mt_cursor_p)
    mongoc_cursor_destroy(tool_p->mt_cursor_p);
  mongoc_client_pool_push(s_clients_p, tool_p->mt_client_p);
  free(tool_p);
}

// SOURCE: code-search excerpt of mongodb_tool.c / mongodb_util.c (Earlham Institute "wheatis" services, 2015; the search did not name the repository): "mongoc_client_pool_t *s_clients_p = NULL; bool InitMongo (const char *uri_s) { ... s_clients_p = mongoc_client_pool_new (uri_p); ...}" and AllocateMongoTool pops a client from it)
// LIBRARY: mongoc
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
// SHAPE: negative - pool created into a file-scope global by an init function; per-service tool allocations pop from it
#include <mongoc/mongoc.h>
#include <stdlib.h>

mongoc_client_pool_t *s_clients_p = NULL;

typedef struct MongoTool { mongoc_client_t *mt_client_p; } MongoTool;

bool InitMongo(const char *uri_s) {
  mongoc_uri_t *uri_p = mongoc_uri_new(uri_s);
  if (uri_p) {
    s_clients_p = mongoc_client_pool_new(uri_p);
    mongoc_uri_destroy(uri_p);
  }
  return (s_clients_p != NULL);
}

void ExitMongo(void) {
  if (s_clients_p) {
    mongoc_client_pool_destroy(s_clients_p);
    s_clients_p = NULL;
  }
}

MongoTool *AllocateMongoTool(void) {
  mongoc_client_t *client_p = mongoc_client_pool_pop(s_clients_p);
  if (client_p) {
    MongoTool *tool_p = malloc(sizeof(MongoTool));
    if (tool_p) {
      tool_p->mt_client_p = client_p;
      return tool_p;
    }
    mongoc_client_pool_push(s_clients_p, client_p);
  }
  return NULL;
}

void FreeMongoTool(MongoTool *tool_p) {
  mongoc_client_pool_push(s_clients_p, tool_p->mt_client_p);
  free(tool_p);
}

void RunServices(int n) {
  for (int i = 0; i < n; ++i) {
    MongoTool *t = AllocateMongoTool();
    if (t)
      FreeMongoTool(t);
  }
}

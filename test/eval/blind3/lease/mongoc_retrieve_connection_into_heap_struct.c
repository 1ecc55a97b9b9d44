// SOURCE: public GitHub file of a C content store backed by MongoDB (retrive_connection / release_connection / db_get; search-index id 49228401466; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - retrive_connection pops a client into a freshly malloc'd Connection and returns the struct; release_connection destroys the handles and pushes the client; db_get pairs the two on every path (the Meta parsing reduced)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdlib.h>

#define MONGODB_DB "cas"
#define MONGODB_COLLECTION "meta"

typedef struct {
  mongoc_client_t *client;
  mongoc_database_t *database;
  mongoc_collection_t *collection;
} Connection;

typedef struct Meta Meta;
Meta *meta_from_doc(const bson_t *doc);

static mongoc_client_pool_t *pool;

static void *malloc_w(size_t size) {
  void *p = malloc(size);
  if (!p)
    abort();
  return p;
}

Connection *retrive_connection(void) {
  Connection *connection = malloc_w(sizeof(Connection));

  mongoc_client_t *client = mongoc_client_pool_pop(pool);
  connection->client = client;
  connection->database = mongoc_client_get_database(client, MONGODB_DB);
  connection->collection =
      mongoc_client_get_collection(client, MONGODB_DB, MONGODB_COLLECTION);

  return connection;
}

void release_connection(Connection *connection) {
  mongoc_collection_destroy(connection->collection);
  mongoc_database_destroy(connection->database);
  mongoc_client_pool_push(pool, connection->client);

  free(connection);
}

Meta *db_get(const char *cid) {
  // connect to database
  Connection *connection = retrive_connection();
  mongoc_collection_t *collection = connection->collection;

  bson_t *query = BCON_NEW("_id", BCON_UTF8(cid));
  mongoc_cursor_t *cursor =
      mongoc_collection_find_with_opts(collection, query, NULL, NULL);
  const bson_t *doc;
  Meta *meta = NULL;

  if (mongoc_cursor_next(cursor, &doc))
    meta = meta_from_doc(doc);

  mongoc_cursor_destroy(cursor);
  bson_destroy(query);
  release_connection(connection);
  return meta;
}

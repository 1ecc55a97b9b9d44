// SOURCE: public GitHub file (get_logs_collection/kifu_list of a mahjong game's log viewer; search-index id 49192039261; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the helper hands the client to its caller through an out-parameter and returns the collection; the caller destroys both (the caller's body after the NULL test is reconstructed)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>
#include <stdlib.h>

#define MONGO_DB_NAME "mahjong"
#define MONGO_COLLECTION_LOGS "logs"

mongoc_collection_t *get_logs_collection(mongoc_client_t **client_out) {
  const char *uri_str = getenv("MONGO_URI");
  if (!uri_str)
    uri_str = "mongodb://localhost:27017";
  mongoc_client_t *client = mongoc_client_new(uri_str);
  if (!client)
    return NULL;
  *client_out = client;
  return mongoc_client_get_collection(client, MONGO_DB_NAME, MONGO_COLLECTION_LOGS);
}

void kifu_list(void) {
  mongoc_client_t *client;
  mongoc_collection_t *collection = get_logs_collection(&client);
  if (!collection) {
    printf("Failed to connect to MongoDB.\n");
    return;
  }
  bson_t *filter = bson_new();
  mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(collection, filter, NULL, NULL);
  const bson_t *doc;
  while (mongoc_cursor_next(cursor, &doc))
    printf(".");
  mongoc_cursor_destroy(cursor);
  bson_destroy(filter);
  mongoc_collection_destroy(collection);
  mongoc_client_destroy(client);
}

// SOURCE: public GitHub file (start_mongodb of a password-auditing tool's MongoDB module; search-index id 36922688624; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - client, collection and cursor are destroyed inside the nested cursor-error branch before its two returns, and again on the fall-through path; a NULL client returns holding nothing
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

int start_mongodb(const char *uri, const char *db, int verbose) {
  mongoc_client_t *client;
  mongoc_collection_t *collection;
  mongoc_cursor_t *cursor;
  const bson_t *doc;
  bson_error_t error;
  bson_t q;
  bool r;

  bson_init(&q);
  client = mongoc_client_new(uri);
  if (!client)
    return 3;
  mongoc_client_set_appname(client, "fpassword");
  collection = mongoc_client_get_collection(client, db, "test");
  cursor = mongoc_collection_find_with_opts(collection, &q, NULL, NULL);
  r = mongoc_cursor_next(cursor, &doc);
  if (!r) {
    r = mongoc_cursor_error(cursor, &error);
    if (r) {
      if (verbose)
        fprintf(stderr, "[ERROR] Can not read document: %s\n", error.message);
      mongoc_cursor_destroy(cursor);
      mongoc_collection_destroy(collection);
      mongoc_client_destroy(client);
      if (verbose > 1)
        return 3;
      return 1;
    }
  }
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_client_destroy(client);
  return 2;
}

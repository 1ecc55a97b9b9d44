// SOURCE: public GitHub file (robinhood backends/mongo.c, "libmongoc imposes that mongoc_init() be called before any other mongoc_* function; and mongoc_cleanup() after the last one"; search-index id 33428474953; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the backend library initialises the driver in a function marked __attribute__((constructor)) and tears it down in one marked __attribute__((destructor)), which the loader runs once when the library is unloaded or the process exits (the backend's bson helpers are reduced to one insert)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <bson.h>
#include <mongoc.h>

__attribute__((constructor)) static void mongo_init(void) { mongoc_init(); }

__attribute__((destructor)) static void mongo_cleanup(void) {
  mongoc_cleanup();
}

struct mongo_backend {
  mongoc_client_t *client;
  mongoc_collection_t *entries;
};

int mongo_backend_insert(struct mongo_backend *mongo, const bson_t *doc) {
  bson_error_t error;
  return mongoc_collection_insert_one(mongo->entries, doc, NULL, NULL, &error)
             ? 0
             : -1;
}

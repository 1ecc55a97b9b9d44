// SOURCE: public GitHub file of the X-Cash DPOPS node, count_database_functions.c, count_documents_in_collection (search-index id 3680641748; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative (hard) - a function-local macro database_reset_all destroys the document and collection and pushes the client back when THREAD_SETTINGS == 1; the client is popped only when THREAD_SETTINGS != 0 and the documented contract is "1 to use a separate thread, otherwise 0", so every path that popped also pushes. A reader that does not relate the two tests of the same parameter sees a path that pops and does not push
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdint.h>

extern mongoc_client_t *database_client;
extern mongoc_client_pool_t *database_client_thread_pool;

/* Counts the documents in COLLECTION that match DATA.
   THREAD_SETTINGS - 1 to use a separate thread, otherwise 0.
   Returns -1 if an error has occurred. */
int count_documents_in_collection(const char *DATABASE, const char *COLLECTION,
                                  const char *DATA, const int THREAD_SETTINGS) {
  // Variables
  mongoc_client_t *database_client_thread = NULL;
  mongoc_collection_t *collection;
  bson_error_t error;
  bson_t *document;

// define macros
#define database_reset_all                                                     \
  bson_destroy(document);                                                      \
  mongoc_collection_destroy(collection);                                       \
  if (THREAD_SETTINGS == 1) {                                                  \
    mongoc_client_pool_push(database_client_thread_pool,                       \
                            database_client_thread);                           \
  }

  // check if we need to create a database connection, or use the global
  // database connection
  if (THREAD_SETTINGS == 0) {
    // set the collection
    collection =
        mongoc_client_get_collection(database_client, DATABASE, COLLECTION);
  } else {
    database_client_thread =
        mongoc_client_pool_pop(database_client_thread_pool);
    if (!database_client_thread) {
      return 0;
    }
    // set the collection
    collection = mongoc_client_get_collection(database_client_thread, DATABASE,
                                              COLLECTION);
  }

  document = bson_new_from_json((const uint8_t *)DATA, -1, &error);
  if (!document) {
    database_reset_all;
    return -1;
  }

  const int count = (int)mongoc_collection_count_documents(
      collection, document, NULL, NULL, NULL, &error);
  if (count < 0) {
    database_reset_all;
    return -1;
  }
  database_reset_all;
  return count;

#undef database_reset_all
}

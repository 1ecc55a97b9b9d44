// SOURCE: X-CASH-official/xcash-dpops, src/functions/database_functions/insert_database_functions/insert_database_functions.c, insert_multiple_documents_into_collection_json
// LIBRARY: mongoc
// SHAPE: positive - a bulk insert pops a client, then loops over the documents; its error macro INSERT_..._ERROR runs both pointer_reset_all and database_reset_all (which pushes the client), but the data-hash length check inside the loop runs only pointer_reset_all before returning, so the client is never pushed back (error bookkeeping and the hash selection shortened)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUFFER_SIZE 4096
#define DATA_HASH_LENGTH 128
#define MAXIMUM_DATABASE_WRITE_SIZE 48000000

extern mongoc_client_pool_t *database_client_thread_pool;

struct error_message_t {
  char function[64][128];
  char data[64][256];
  int total;
};
extern struct error_message_t error_message;

size_t string_count(const char *data, const char *string);
void random_string(char *result, size_t length);
void del_hash(mongoc_client_t *client, const char *collection);

int insert_multiple_documents_into_collection_json(const char *DATABASE,
                                                   const char *COLLECTION,
                                                   const char *DATA,
                                                   const size_t DATA_TOTAL_LENGTH) {
  const size_t MAXIMUM_AMOUNT = DATA_TOTAL_LENGTH + BUFFER_SIZE;

  // Variables
  char data_hash[DATA_HASH_LENGTH + 1];
  char string3[BUFFER_SIZE];
  char *data2 = (char *)calloc(MAXIMUM_AMOUNT, sizeof(char));
  char *data3 = (char *)calloc(MAXIMUM_AMOUNT, sizeof(char));
  // since were going to be changing where data2 is referencing, we need to
  // create a copy to pointer_reset
  char *datacopy = data2;
  mongoc_client_t *database_client_thread = NULL;
  mongoc_collection_t *collection;
  bson_error_t error;
  size_t count;
  size_t count2;

// define macros
#define pointer_reset_all                                                      \
  free(datacopy);                                                              \
  datacopy = NULL;                                                             \
  free(data3);                                                                 \
  data3 = NULL;

#define database_reset_all                                                     \
  mongoc_collection_destroy(collection);                                       \
  mongoc_client_pool_push(database_client_thread_pool, database_client_thread);

#define INSERT_MULTIPLE_DOCUMENTS_INTO_COLLECTION_JSON_ERROR(settings)         \
  memcpy(error_message.data[error_message.total], settings,                   \
         sizeof(settings) - 1);                                                \
  error_message.total++;                                                       \
  pointer_reset_all;                                                           \
  database_reset_all;

  if (data2 == NULL || data3 == NULL) {
    fprintf(stderr, "Could not allocate the memory needed on the heap\n");
    exit(0);
  }

  memset(data_hash, 0, sizeof(data_hash));

  // get a temporary connection
  if (!(database_client_thread =
            mongoc_client_pool_pop(database_client_thread_pool))) // EXPECT-WARN
  {
    pointer_reset_all;
    return 0;
  }

  // we need to rehash this db next time
  del_hash(database_client_thread, COLLECTION);

  // set the collection
  collection =
      mongoc_client_get_collection(database_client_thread, DATABASE, COLLECTION);

  // create a copy of the data since were going to be changing where the data
  // is referencing
  strncpy(data2, DATA, MAXIMUM_AMOUNT - 1);

  // count how many documents are in the data
  count = string_count(DATA, "},{") + 1;

  for (count2 = 0; count2 < count; count2++) {
    // get the document
    if ((count2 + 1) != count) {
      memset(data3, 0, strlen(data3));
      memcpy(data3, data2,
             strnlen(data2, MAXIMUM_AMOUNT) -
                 strnlen(strstr(data2, "},{"), MAXIMUM_AMOUNT) + 1);
      data2 = strstr(data2, "},{") + 2;
    } else {
      memset(data3, 0, strlen(data3));
      memcpy(data3, data2, strnlen(data2, MAXIMUM_AMOUNT));
    }

    // check if the data is over the MAXIMUM_DATABASE_WRITE_SIZE
    if (strlen(data3) > MAXIMUM_DATABASE_WRITE_SIZE) {
      INSERT_MULTIPLE_DOCUMENTS_INTO_COLLECTION_JSON_ERROR(
          "Could not convert the data into a database document");
      return 0;
    }

    if (strstr(COLLECTION, "statistics") != NULL) {
      memset(data_hash, '0', DATA_HASH_LENGTH);
    } else {
      random_string(data_hash, DATA_HASH_LENGTH);
    }

    // error check
    if (strlen(data_hash) != DATA_HASH_LENGTH) {
      pointer_reset_all;
      return 0;
    }

    // add the data hash to the _id field
    snprintf(string3, sizeof(string3), "{\"_id\":\"%s\",%s", data_hash,
             data3 + 1);

    bson_t *document =
        bson_new_from_json((const uint8_t *)string3, -1, &error);
    if (!document) {
      INSERT_MULTIPLE_DOCUMENTS_INTO_COLLECTION_JSON_ERROR(
          "Could not convert the data into a database document");
      return 0;
    }

    memset(data_hash, 0, sizeof(data_hash));

    if (!mongoc_collection_insert_one(collection, document, NULL, NULL,
                                      &error)) {
      INSERT_MULTIPLE_DOCUMENTS_INTO_COLLECTION_JSON_ERROR(
          "Could not insert the document into the database collection");
      bson_destroy(document);
      return 0;
    }
    bson_destroy(document);
  }

  pointer_reset_all;
  database_reset_all;
  return 1;

#undef pointer_reset_all
#undef database_reset_all
#undef INSERT_MULTIPLE_DOCUMENTS_INTO_COLLECTION_JSON_ERROR
}

// SOURCE: public GitHub file cel/cel_mongodb.c, the pooled MongoDB CEL backend for Asterisk by Catalin Stanciu, function mongodb_log (search-index id 3072797363; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - a CEL logging callback pops a client and checks it for NULL, then returns when the event record cannot be extracted; only the end of the do/while(0) block pushes the client back, so every undecodable event keeps one client (Asterisk's ast_* API replaced by small declarations)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

struct cel_event;

struct cel_record {
  int version;
  int event_type;
  const char *event_name;
  const char *user_defined_name;
  const char *caller_id_name;
  const char *caller_id_num;
  const char *channel_name;
  const char *unique_id;
};

typedef void (*cel_backend_cb)(const struct cel_event *event);
int cel_fill_record(const struct cel_event *event, struct cel_record *record);
int cel_backend_register(const char *name, cel_backend_cb cb);

static char *dbname;
static char *dbcollection;
static mongoc_client_pool_t *dbpool;

static void mongodb_log(const struct cel_event *event) {
  bson_t *doc = NULL;
  mongoc_collection_t *collection = NULL;
  const char *name;

  if (dbpool == NULL) {
    fprintf(stderr, "unexpected error, no connection pool\n");
    return;
  }

  mongoc_client_t *dbclient = mongoc_client_pool_pop(dbpool); // EXPECT-WARN
  if (dbclient == NULL) {
    fprintf(stderr, "unexpected error, no client allocated\n");
    return;
  }

  struct cel_record record = {.version = 2};

  if (cel_fill_record(event, &record)) {
    fprintf(stderr, "unexpected error, failed to extract event data\n");
    return;
  }
  name = record.event_name;
  if (record.event_type == 0)
    name = record.user_defined_name;

  do {
    bson_error_t error;

    doc = bson_new();
    if (doc == NULL) {
      fprintf(stderr, "cannot make a document\n");
      break;
    }
    collection = mongoc_client_get_collection(dbclient, dbname, dbcollection);
    if (collection == NULL) {
      fprintf(stderr, "cannot get such a collection, %s, %s\n", dbname,
              dbcollection);
      break;
    }
    BSON_APPEND_INT32(doc, "eventtype", record.event_type);
    BSON_APPEND_UTF8(doc, "eventname", name);
    BSON_APPEND_UTF8(doc, "cid_name", record.caller_id_name);
    BSON_APPEND_UTF8(doc, "cid_num", record.caller_id_num);
    BSON_APPEND_UTF8(doc, "channame", record.channel_name);
    BSON_APPEND_UTF8(doc, "uniqueid", record.unique_id);

    if (!mongoc_collection_insert_one(collection, doc, NULL, NULL, &error))
      fprintf(stderr, "insertion failed, %s\n", error.message);
  } while (0);

  if (collection)
    mongoc_collection_destroy(collection);
  if (doc)
    bson_destroy(doc);
  mongoc_client_pool_push(dbpool, dbclient);
}

int load_module(void) { return cel_backend_register("mongodb", mongodb_log); }

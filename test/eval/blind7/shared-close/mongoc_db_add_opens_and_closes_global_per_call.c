// SOURCE: public GitHub file (db_add(const char *s, struct mg_str login): g_client = mongoc_client_new(getenv("DB_ADDRESS")); g_collection = mongoc_client_get_collection(...); mongo_read/mongo_create/mongo_update; mongoc_collection_destroy(g_collection); mongoc_client_destroy(g_client); search-index id 1768618786; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - a per-request function (a Mongoose HTTP server, single-threaded) opens the global client, uses it through helpers and destroys it as its own last statements; the globals are the call's own connection (a per-call client, not a shared close)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdlib.h>
#include <string.h>

static mongoc_client_t *g_client;
static mongoc_collection_t *g_collection;
static bson_oid_t g_id;

static int mongo_read(const char *login) {
  bson_t *query = BCON_NEW("login", BCON_UTF8(login));
  int64_t n = mongoc_collection_count_documents(g_collection, query, NULL, NULL, NULL, NULL);
  bson_destroy(query);
  return n == 0;
}

static void mongo_create(const char *s) {
  bson_t *doc = BCON_NEW("_id", BCON_OID(&g_id), "data", BCON_UTF8(s));
  mongoc_collection_insert_one(g_collection, doc, NULL, NULL, NULL);
  bson_destroy(doc);
}

static void mongo_update(const char *s) {
  bson_t *sel = BCON_NEW("_id", BCON_OID(&g_id));
  bson_t *upd = BCON_NEW("$set", "{", "data", BCON_UTF8(s), "}");
  mongoc_collection_update_one(g_collection, sel, upd, NULL, NULL, NULL);
  bson_destroy(upd);
  bson_destroy(sel);
}

void db_add(const char *s, const char *login, size_t len) {
  g_client = mongoc_client_new(getenv("DB_ADDRESS"));
  g_collection = mongoc_client_get_collection(g_client, "users", "data");
  bson_oid_init(&g_id, NULL);
  char *str = strndup(login + 1, len - 2);
  if (mongo_read(str))
    mongo_create(s);
  else
    mongo_update(s);
  mongoc_collection_destroy(g_collection);
  mongoc_client_destroy(g_client);
  free(str);
}

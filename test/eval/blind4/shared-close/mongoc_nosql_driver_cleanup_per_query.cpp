// SOURCE: public GitHub file with class NOSQLDBDriver (search-index id 48378907143; NOSQLDBDriver::init, getRecord; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - (hard) a database driver keeps one global mongoc client made in init(), yet every query method brackets itself with mongoc_init and mongoc_cleanup; after the first query the driver is torn down under the global client, and mongoc_init does not reinitialise it. The method runs the init itself and is not invoked from a handler the check can see
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <cstdio>
#include <cstring>
#include <mongoc.h>
#include <string>

static mongoc_client_t *g_pmongo_client = nullptr;

class NOSQLDBDriver {
public:
  int init();
  char *getRecord(const char *tablename, long id);
};

int NOSQLDBDriver::init() {
  mongoc_init();
  if (g_pmongo_client == nullptr)
    g_pmongo_client = mongoc_client_new("mongodb://localhost:27017");
  return 0;
}

char *NOSQLDBDriver::getRecord(const char *tablename, long id) {
  (void)id;
  const bson_t *doc;
  mongoc_init();

  mongoc_collection_t *collection =
      mongoc_client_get_collection(g_pmongo_client, "ganjidb", tablename);
  bson_t *query = bson_new();
  mongoc_cursor_t *cursor =
      mongoc_collection_find_with_opts(collection, query, nullptr, nullptr);
  std::string jsonStr;
  while (mongoc_cursor_next(cursor, &doc)) {
    char *str = bson_as_json(doc, nullptr);
    jsonStr += str;
    bson_free(str);
  }

  bson_destroy(query);
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_cleanup(); // EXPECT-WARN

  return strdup(jsonStr.c_str());
}

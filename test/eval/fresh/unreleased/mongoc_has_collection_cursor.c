// SOURCE: https://github.com/mongodb/mongo-c-driver/pull/254 ("Removed memory leak in function mongoc_database_has_collection": the cursor is not freed when an error is reported)
// LIBRARY: mongoc
// SHAPE: positive - the error branch returns without mongoc_cursor_destroy; the normal path destroys the cursor
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <string.h>

bool database_has_collection(mongoc_database_t *database, const char *name, bson_error_t *error) {
  bson_iter_t col_iter;
  bool ret = false;
  const char *cur_name;
  bson_t filter = BSON_INITIALIZER;
  mongoc_cursor_t *cursor;
  const bson_t *doc;

  BSON_APPEND_UTF8(&filter, "name", name);

  cursor = mongoc_database_find_collections(database, &filter, error); // EXPECT-WARN
  if (!cursor) {
    bson_destroy(&filter);
    return ret;
  }
  if (error && ((error->domain != 0) || (error->code != 0))) {
    bson_destroy(&filter);
    return ret;
  }

  while (mongoc_cursor_next(cursor, &doc)) {
    if (bson_iter_init(&col_iter, doc) && bson_iter_find(&col_iter, "name") && BSON_ITER_HOLDS_UTF8(&col_iter) &&
        (cur_name = bson_iter_utf8(&col_iter, NULL))) {
      if (!strcmp(cur_name, name)) {
        ret = true;
        break;
      }
    }
  }

  mongoc_cursor_destroy(cursor);
  bson_destroy(&filter);
  return ret;
}

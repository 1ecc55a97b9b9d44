// SOURCE: public GitHub file (tvts training-run tracker, tvts_get_train_id; search-index id 5716256802; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - the first cursor is destroyed inside the loop on a field error and after the loop, but when mongoc_cursor_error reports a failure the function returns TVTS_ERROR_CANNOT_FETCH without mongoc_cursor_destroy; the second cursor is destroyed on every path
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>

#define TVTS_ERROR_CANNOT_FETCH 3
#define FIELD_NAME_TRAIN_ID "train_id"

typedef struct tvts {
  mongoc_collection_t *table;
  mongoc_collection_t *table_4batch;
  const char *table_name;
} tvts_t;

int tvts_bson_get_int_field(const bson_t *doc, const char *name, int *out);

int tvts_get_train_id(tvts_t *self, bson_t *filter, bson_t *opts, int *out) {
  const bson_t *doc;
  bson_error_t error;
  int ret;

  int id = 1;
  mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(self->table, filter, opts, NULL); // EXPECT-WARN
  while (mongoc_cursor_next(cursor, &doc)) {
    ret = tvts_bson_get_int_field(doc, FIELD_NAME_TRAIN_ID, &id);
    id += 1;
    if (ret) {
      mongoc_cursor_destroy(cursor);
      return ret;
    }
    break;
  }
  if (mongoc_cursor_error(cursor, &error)) {
    fprintf(stderr, "tvts_get_train_id: An error occurred: %s when fetch max %s from %s\n",
            error.message, FIELD_NAME_TRAIN_ID, self->table_name);
    return TVTS_ERROR_CANNOT_FETCH;
  }
  mongoc_cursor_destroy(cursor);

  int id4batch = 1;
  mongoc_cursor_t *cursor4batch =
      mongoc_collection_find_with_opts(self->table_4batch, filter, opts, NULL);
  while (mongoc_cursor_next(cursor4batch, &doc)) {
    ret = tvts_bson_get_int_field(doc, FIELD_NAME_TRAIN_ID, &id4batch);
    id4batch += 1;
    if (ret) {
      mongoc_cursor_destroy(cursor4batch);
      return ret;
    }
    break;
  }
  mongoc_cursor_destroy(cursor4batch);

  *out = id > id4batch ? id : id4batch;
  return 0;
}

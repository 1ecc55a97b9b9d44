// SOURCE: public GitHub file, a proverb service's fetch-all function (search-index id 1547593908; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - when mongoc_cursor_error reports a failure the function returns NULL before mongoc_cursor_destroy (a failed find still gives a cursor that must be destroyed)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *get_all_proverbs(mongoc_collection_t *coll) {
  mongoc_cursor_t *cursor;
  const bson_t *doc;
  bson_error_t error;

  bson_t query = BSON_INITIALIZER;
  bson_t *opts = BCON_NEW("limit", BCON_INT32(10), "projection", "{", "_id",
                          BCON_INT32(0), "}");

  char *str;
  char *data = calloc(2024, sizeof(char));

  cursor = mongoc_collection_find_with_opts(coll, &query, opts, NULL); // EXPECT-WARN

  while (mongoc_cursor_next(cursor, &doc)) {
    str = bson_as_canonical_extended_json(doc, NULL);
    strncat(data, str, 2023 - strlen(data));
    bson_free(str);
  }
  if (mongoc_cursor_error(cursor, &error)) {
    fprintf(stderr, "[*] Failed to iterate all documents: %s\n",
            error.message);
    bson_destroy(opts);
    free(data);
    return NULL;
  }

  mongoc_cursor_destroy(cursor);
  bson_destroy(opts);
  return data;
}

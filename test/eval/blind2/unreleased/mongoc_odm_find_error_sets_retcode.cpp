// SOURCE: public GitHub file, a MongoDB ODM's Collection::Find (search-index id 2504463919; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the cursor error only sets the return code; the cursor is destroyed on the single exit
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 -Wno-deprecated-declarations
#include <cassert>
#include <cstdio>
#include <mongoc/mongoc.h>
#include <vector>

#define MONGOODM_LOG_BSON_ERROR(where, err)                                    \
  std::fprintf(stderr, "%s: %s\n", where, (err).message)

class Collection {
public:
  int Find(std::vector<const bson_t *> &results, bson_t *query,
           bson_t *ret_fields = NULL, unsigned int offset = 0,
           unsigned int limit = 0, unsigned int batch_size = 100);

private:
  mongoc_collection_t *raw_collection_ = nullptr;
};

int Collection::Find(std::vector<const bson_t *> &results, bson_t *query,
                     bson_t *ret_fields, unsigned int offset,
                     unsigned int limit, unsigned int batch_size) {
  assert(raw_collection_ != NULL && query != NULL);

  mongoc_cursor_t *cursor =
      mongoc_collection_find(raw_collection_, MONGOC_QUERY_NONE, offset, limit,
                             batch_size, query, ret_fields, NULL);
  const bson_t *d = NULL;
  while (mongoc_cursor_more(cursor) && mongoc_cursor_next(cursor, &d)) {
    results.push_back(bson_copy(d));
  }
  int retcode = results.size();
  bson_error_t error;
  if (mongoc_cursor_error(cursor, &error)) {
    MONGOODM_LOG_BSON_ERROR("Collection.Find", error);
    retcode = -1;
  }
  mongoc_cursor_destroy(cursor);
  return retcode;
}

// SOURCE: public GitHub file (Collection::searchDocument with Utils::MongoPointer::Cursor; search-index id 19641047519; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the cursor is adopted by a std::unique_ptr with a deleter type that calls mongoc_cursor_destroy, so the early return on a cursor error releases it too (the alias is reconstructed from its use)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <memory>
#include <string>
#include <vector>

namespace MongoPointer {
struct CursorDeleter {
  void operator()(mongoc_cursor_t *C) const { mongoc_cursor_destroy(C); }
};
using Cursor = std::unique_ptr<mongoc_cursor_t, CursorDeleter>;
} // namespace MongoPointer

std::vector<std::string> searchDocument(mongoc_collection_t *collection, const bson_t *query, bson_t *opts) {
  std::vector<std::string> ret;
  if (query == nullptr)
    return ret;
  MongoPointer::Cursor res{mongoc_collection_find_with_opts(collection, query, opts, nullptr)};
  if (bson_error_t error; mongoc_cursor_error(res.get(), &error))
    return ret;
  const bson_t *buffer;
  while (mongoc_cursor_next(res.get(), &buffer)) {
    char *json = bson_as_json(buffer, nullptr);
    ret.push_back(json);
    bson_free(json);
  }
  return ret;
}

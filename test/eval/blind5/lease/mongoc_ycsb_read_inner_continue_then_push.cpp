// SOURCE: public GitHub file (YCSB-C MongoDB binding, MongoDB::Read; search-index id 67094689514; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the client is popped once per call and pushed after the cursor work; the 'continue' that skips the _id field belongs to the inner field loop, not to a loop holding the lease, and the only early return comes before the pop
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

using KVPair = std::pair<std::string, std::string>;

class MongoDB {
public:
  int Read(const std::string &Table, const std::string &Key,
           const std::vector<std::string> *Fields, std::vector<KVPair> &Result);

private:
  mongoc_client_pool_t *pool_ = nullptr;
  std::string db_name_;
};

int MongoDB::Read(const std::string &Table, const std::string &Key,
                  const std::vector<std::string> *Fields,
                  std::vector<KVPair> &Result) {
  if (!pool_)
    return 1;

  mongoc_client_t *client = mongoc_client_pool_pop(pool_);
  mongoc_collection_t *collection =
      mongoc_client_get_collection(client, db_name_.c_str(), Table.c_str());
  bson_t *query = BCON_NEW("_id", BCON_UTF8(Key.c_str()));
  bson_t *opts = bson_new();
  if (Fields) {
    bson_t child;
    bson_append_document_begin(opts, "projection", -1, &child);
    for (const std::string &F : *Fields)
      bson_append_bool(&child, F.c_str(), -1, true);
    bson_append_document_end(opts, &child);
  }
  mongoc_cursor_t *cursor =
      mongoc_collection_find_with_opts(collection, query, opts, nullptr);
  const bson_t *doc;
  int ret = 1;
  if (mongoc_cursor_next(cursor, &doc)) {
    bson_iter_t iter;
    if (bson_iter_init(&iter, doc)) {
      while (bson_iter_next(&iter)) {
        const char *k = bson_iter_key(&iter);
        if (strcmp(k, "_id") == 0)
          continue;
        if (BSON_ITER_HOLDS_UTF8(&iter))
          Result.emplace_back(k, bson_iter_utf8(&iter, nullptr));
      }
    }
    ret = 0;
  }
  bson_destroy(query);
  bson_destroy(opts);
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(collection);
  mongoc_client_pool_push(pool_, client);
  return ret;
}

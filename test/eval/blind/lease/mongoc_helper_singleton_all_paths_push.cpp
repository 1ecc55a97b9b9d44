// SOURCE: public GitHub file (social::MongoHelper: a singleton whose InsertOne/Find pop a client, use it and push it back; search-index id 55817001146; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - straight-line pop/use/push in each method, nothing between them leaves the function
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <string>
#include <vector>

class MongoHelper {
public:
  void InsertOne(const std::string &collection, bson_t *doc);
  std::vector<std::string> Find(const std::string &collection, bson_t *filter);

private:
  mongoc_client_pool_t *pool_ = nullptr;
  std::string db_name_;
};

void MongoHelper::InsertOne(const std::string &collection, bson_t *doc) {
  auto *client = mongoc_client_pool_pop(pool_);
  auto *coll = mongoc_client_get_collection(client, db_name_.c_str(),
                                            collection.c_str());
  bson_error_t error;
  mongoc_collection_insert_one(coll, doc, nullptr, nullptr, &error);
  mongoc_collection_destroy(coll);
  mongoc_client_pool_push(pool_, client);
}

std::vector<std::string> MongoHelper::Find(const std::string &collection,
                                           bson_t *filter) {
  auto *client = mongoc_client_pool_pop(pool_);
  auto *coll = mongoc_client_get_collection(client, db_name_.c_str(),
                                            collection.c_str());
  auto *cursor = mongoc_collection_find_with_opts(coll, filter, nullptr, nullptr);
  std::vector<std::string> results;
  const bson_t *doc;
  while (mongoc_cursor_next(cursor, &doc)) {
    size_t len;
    char *str = bson_as_relaxed_extended_json(doc, &len);
    results.emplace_back(str, len);
    bson_free(str);
  }
  mongoc_cursor_destroy(cursor);
  mongoc_collection_destroy(coll);
  mongoc_client_pool_push(pool_, client);
  return results;
}

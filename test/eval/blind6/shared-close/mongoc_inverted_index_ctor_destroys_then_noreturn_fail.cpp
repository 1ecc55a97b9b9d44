// SOURCE: public GitHub file (MongoInvertedIndex.cpp; search-index id 70951107293; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the constructor destroys the collection and client members when the index cannot be created and then calls a [[noreturn]] helper that throws, so the object never exists and its destructor does not run (the index call is written with the libmongoc 1.23 API Debian 12 ships)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <stdexcept>
#include <string>

namespace {
[[noreturn]] void fail(const std::string &action, const bson_error_t &error) {
  throw std::runtime_error(action + ": " + error.message);
}
} // namespace

class MongoInvertedIndex {
public:
  MongoInvertedIndex(const std::string &uri, const std::string &db,
                     const std::string &coll) {
    client_ = mongoc_client_new(uri.c_str());
    if (!client_)
      throw std::runtime_error("invalid MongoDB URI: " + uri);
    collection_ = mongoc_client_get_collection(client_, db.c_str(), coll.c_str());
    bson_t *keys = BCON_NEW("term", BCON_INT32(1));
    bson_t *unique = BCON_NEW("unique", BCON_BOOL(true));
    bson_error_t error;
    bool created = mongoc_collection_create_index_with_opts(
        collection_, keys, nullptr, unique, nullptr, &error);
    bson_destroy(keys);
    bson_destroy(unique);
    if (!created) {
      mongoc_collection_destroy(collection_);
      mongoc_client_destroy(client_);
      fail("creating the MongoDB index", error);
    }
  }

  ~MongoInvertedIndex() {
    mongoc_collection_destroy(collection_);
    mongoc_client_destroy(client_);
  }

private:
  mongoc_client_t *client_ = nullptr;
  mongoc_collection_t *collection_ = nullptr;
};

// SOURCE: yggdrasil c_mongo_connection_pool::necessarily_pop/try_pop (public GitHub file; search-index id 14203119426; the index does not name its repository), whose client deleter needs a nonfree() switch so that a pooled client is pushed, not destroyed
// LIBRARY: mongoc
// SHAPE: positive - (hard) rendered: the mistake that wrapper guards against; a popped client is wrapped in the std::unique_ptr with mongoc_client_destroy as deleter that the code base uses for standalone clients, so every lookup destroys its pooled client instead of pushing it back (an owner object of class type is trusted by the docs)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <memory>
#include <string>

using ClientPtr = std::unique_ptr<mongoc_client_t, void (*)(mongoc_client_t *)>;

class AccountStore {
public:
  explicit AccountStore(mongoc_client_pool_t *Pool) : Pool(Pool) {}
  bool exists(const std::string &Name);

private:
  mongoc_client_pool_t *Pool;
};

bool AccountStore::exists(const std::string &Name) {
  ClientPtr Client(mongoc_client_pool_pop(Pool), mongoc_client_destroy); // EXPECT-WARN
  if (!Client)
    return false;
  mongoc_collection_t *Coll =
      mongoc_client_get_collection(Client.get(), "accounts", "users");
  bson_t *Filter = BCON_NEW("name", BCON_UTF8(Name.c_str()));
  int64_t N = mongoc_collection_count_documents(Coll, Filter, nullptr,
                                                nullptr, nullptr, nullptr);
  bson_destroy(Filter);
  mongoc_collection_destroy(Coll);
  return N > 0;
}

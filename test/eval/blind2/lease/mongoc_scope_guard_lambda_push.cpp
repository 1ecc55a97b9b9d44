// SOURCE: rendered from the scope-guard idiom (a small ScopeExit class running a lambda in its destructor) applied to mongoc_client_pool_pop, as C++ services do when they do not wrap the client in a class (mongo-c-driver pooled client docs, public GitHub file, search-index id 242208452)
// LIBRARY: mongoc
// SHAPE: negative (hard) - right after the pop, a local guard holding a lambda that captures the client by reference pushes it back when the function leaves, by any return or exception
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdexcept>
#include <string>
#include <utility>

template <typename F> class ScopeExit {
public:
  explicit ScopeExit(F f) : f_(std::move(f)) {}
  ~ScopeExit() { f_(); }
  ScopeExit(const ScopeExit &) = delete;
  ScopeExit &operator=(const ScopeExit &) = delete;

private:
  F f_;
};

long long countUsers(mongoc_client_pool_t *pool, const std::string &tenant) {
  mongoc_client_t *client = mongoc_client_pool_pop(pool);
  ScopeExit pushBack([&] { mongoc_client_pool_push(pool, client); });

  mongoc_collection_t *users =
      mongoc_client_get_collection(client, tenant.c_str(), "users");
  if (users == nullptr)
    return -1;
  bson_t filter = BSON_INITIALIZER;
  bson_error_t error;
  int64_t n = mongoc_collection_count_documents(users, &filter, nullptr,
                                                nullptr, nullptr, &error);
  mongoc_collection_destroy(users);
  if (n < 0)
    throw std::runtime_error(error.message);
  return n;
}

// SOURCE: https://github.com/mongodb/mongo-cxx-driver/pull/1205 ("CXX-3100 Check return when acquiring client from pool": pool::acquire throws k_pool_wait_queue_timeout when client_pool_pop returns NULL, otherwise wraps the client with a deleter that pushes it back; written with libmongoc directly)
// LIBRARY: mongoc
// SHAPE: negative - mongoc_client_pool_pop returns NULL after waitQueueTimeoutMS; the NULL branch throws with nothing taken, and the non-NULL client is adopted by a unique_ptr whose deleter pushes it, which is returned to the caller
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <functional>
#include <memory>
#include <stdexcept>

struct PoolWaitQueueTimeout : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Pool {
public:
  using Entry =
      std::unique_ptr<mongoc_client_t, std::function<void(mongoc_client_t *)>>;
  Entry acquire();

private:
  mongoc_client_pool_t *client_pool_t = nullptr;
};

Pool::Entry Pool::acquire() {
  mongoc_client_t *Cli = mongoc_client_pool_pop(client_pool_t);
  if (!Cli)
    throw PoolWaitQueueTimeout("failed to acquire client, possibly due to "
                               "parameter 'waitQueueTimeoutMS' limits.");
  return Entry(Cli, [this](mongoc_client_t *C) {
    mongoc_client_pool_push(client_pool_t, C);
  });
}

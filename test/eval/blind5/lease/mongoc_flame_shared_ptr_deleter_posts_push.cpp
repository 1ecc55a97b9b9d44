// SOURCE: public GitHub file (php-flame mongodb _connection_pool::exec: std::shared_ptr<mongoc_client_t> built from mongoc_client_pool_pop with a deleter that posts the push back to the worker context; search-index id 10072246665; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - inside a task posted to a worker executor, the popped client is adopted at once by a shared_ptr whose deleter posts mongoc_client_pool_push; copies of the shared_ptr travel into the completion task. Rendered with a small executor instead of boost::asio
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <functional>
#include <memory>

struct Executor {
  void post(std::function<void()> Task);
};

class ConnectionPool : public std::enable_shared_from_this<ConnectionPool> {
public:
  using Work = std::function<std::shared_ptr<bson_t>(
      std::shared_ptr<mongoc_client_t>, std::shared_ptr<bson_error_t>)>;
  using Done = std::function<void(std::shared_ptr<mongoc_client_t>,
                                  std::shared_ptr<bson_t>,
                                  std::shared_ptr<bson_error_t>)>;
  void exec(Work Wk, Done Fn);

private:
  mongoc_client_pool_t *pool_ = nullptr;
  Executor *worker_ = nullptr;
  Executor *main_ = nullptr;
};

void ConnectionPool::exec(Work Wk, Done Fn) {
  auto Self = shared_from_this();
  worker_->post([this, Wk, Fn, Self]() {
    std::shared_ptr<mongoc_client_t> C(
        mongoc_client_pool_pop(pool_), [this, Self](mongoc_client_t *Raw) {
          worker_->post([this, Raw, Self]() {
            mongoc_client_pool_push(pool_, Raw);
          });
        });
    auto Error = std::make_shared<bson_error_t>();
    std::shared_ptr<bson_t> R = Wk(C, Error);
    main_->post([Fn, C, R, Error, Self]() { Fn(C, R, Error); });
  });
}

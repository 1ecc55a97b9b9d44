// SOURCE: public GitHub file (CommContext; search-index id 8803007597; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - RAII member: the constructor's mem-initializer hands redisConnect()'s context straight to a unique_ptr member with redisFree as deleter
#include <hiredis/hiredis.h>

#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>

constexpr int DEFAULT_PORT = 6379;

class CommException : public std::runtime_error {
 public:
  explicit CommException(const std::string &msg) : std::runtime_error(msg) {}
};

class CommContext {
 private:
  using redisContextPtr = std::unique_ptr<redisContext, decltype(&redisFree)>;
  redisContextPtr context_;
  std::mutex mtx_{};
  std::shared_ptr<std::string> workspace_name_{};

 public:
  CommContext(std::shared_ptr<std::string> workspace_name, const std::string_view host, int port = DEFAULT_PORT)
      : context_(redisConnect(host.data(), port), redisFree), workspace_name_(std::move(workspace_name)) {
    if (!context_ || context_->err) {
      throw CommException(context_ ? context_->errstr : "cannot allocate redis context");
    }
  }
};

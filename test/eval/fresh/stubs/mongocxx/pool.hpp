// Minimal stand-in for mongocxx::pool (r3.x).
#pragma GCC system_header
#pragma once
#include <functional>
#include <memory>
#include <mongocxx/client.hpp>
namespace mongocxx {
inline namespace v_noabi {
class pool {
 public:
  using entry = std::unique_ptr<client, std::function<void(client *)>>;
  explicit pool(const uri &mongodb_uri = mongocxx::uri());
  ~pool();
  entry acquire();
};
}  // namespace v_noabi
}  // namespace mongocxx

// Minimal stand-in for mongocxx/pool.hpp (mongodb/mongo-cxx-driver). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <functional>
#include <memory>
#include <mongocxx/client.hpp>
#include <mongocxx/uri.hpp>
#include <optional>
namespace mongocxx {
inline namespace v_noabi {
namespace options {
class pool {};
} // namespace options
class pool {
public:
  explicit pool(const uri &mongodb_uri = mongocxx::uri(), const options::pool &options = {});
  ~pool();
  using entry = std::unique_ptr<client, std::function<void(client *)>>;
  entry acquire();
  std::optional<entry> try_acquire();
};
} // namespace v_noabi
} // namespace mongocxx

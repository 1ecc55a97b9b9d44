// Stub of mongocxx (Debian does not package it), reduced to the declarations
// the tests use. Signatures follow mongocxx/client.hpp and mongocxx/pool.hpp.
#pragma GCC system_header
#ifndef STUB_MONGOCXX_H
#define STUB_MONGOCXX_H

#include <memory>
#include <optional>
#include <string>

namespace mongocxx {
inline namespace v_noabi {

class uri {
public:
  uri();
  explicit uri(const std::string &uri_string);
};

class instance {
public:
  instance();
  ~instance();
};

class database {};

class client {
public:
  client() noexcept;
  explicit client(const mongocxx::uri &mongodb_uri);
  client(client &&) noexcept;
  client &operator=(client &&) noexcept;
  ~client();
  database operator[](const std::string &name) const;
};

class pool {
public:
  explicit pool(const mongocxx::uri &mongodb_uri = mongocxx::uri());
  ~pool();
  using entry = std::unique_ptr<client, void (*)(client *)>;
  entry acquire();
  std::optional<entry> try_acquire();
};

} // namespace v_noabi
} // namespace mongocxx

#endif

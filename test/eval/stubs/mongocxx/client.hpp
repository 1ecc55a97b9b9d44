// Minimal stand-in for mongocxx/client.hpp, database.hpp, collection.hpp
// (mongodb/mongo-cxx-driver). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <bsoncxx/json.hpp>
#include <cstdint>
#include <mongocxx/uri.hpp>
#include <optional>
#include <string_view>
namespace mongocxx {
inline namespace v_noabi {
namespace options {
class client {};
} // namespace options
namespace result {
class insert_one {};
} // namespace result
class cursor {
public:
  class iterator {
  public:
    bsoncxx::document::view operator*() const;
    iterator &operator++();
    bool operator!=(const iterator &) const;
  };
  iterator begin();
  iterator end();
};
class collection {
public:
  std::optional<result::insert_one> insert_one(bsoncxx::document::view document);
  std::optional<bsoncxx::document::value> find_one(bsoncxx::document::view filter);
  cursor find(bsoncxx::document::view filter);
  std::int64_t count_documents(bsoncxx::document::view filter);
};
class database {
public:
  collection operator[](std::string_view name) const;
  collection collection(std::string_view name) const;
};
class client {
public:
  client() noexcept;
  client(const mongocxx::uri &mongodb_uri, const options::client &options = options::client());
  client(client &&) noexcept;
  client &operator=(client &&) noexcept;
  ~client();
  explicit operator bool() const noexcept;
  database operator[](std::string_view name) const;
  database database(std::string_view name) const;
};
} // namespace v_noabi
} // namespace mongocxx

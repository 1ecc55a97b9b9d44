// Minimal stand-in for mongocxx::client / database / collection / cursor (r3.x).
#pragma GCC system_header
#pragma once
#include <memory>
#include <string>
#include <mongocxx/uri.hpp>
#include <bsoncxx/json.hpp>
namespace mongocxx {
inline namespace v_noabi {
class read_preference {
 public:
  enum class read_mode { k_primary, k_primary_preferred, k_secondary, k_secondary_preferred, k_nearest };
  read_preference(read_mode);
};
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
namespace options {
class find {
 public:
  find &limit(long long);
  find &projection(bsoncxx::document::value);
};
}  // namespace options
class collection {
 public:
  cursor find(bsoncxx::document::view filter);
  cursor find(bsoncxx::document::view filter, const options::find &);
  void insert_one(bsoncxx::document::view doc);
};
class database {
 public:
  collection operator[](const std::string &name) const;
};
class client {
 public:
  client() noexcept;
  client(const mongocxx::uri &uri);
  client(client &&) noexcept;
  client &operator=(client &&) noexcept;
  ~client();
  database operator[](const std::string &name) const;
  void read_preference(mongocxx::read_preference rp);
};
}  // namespace v_noabi
}  // namespace mongocxx

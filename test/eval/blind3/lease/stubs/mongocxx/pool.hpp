// Minimal stand-in for mongocxx/pool.hpp (mongo-cxx-driver r3.x, mongocxx::v_noabi),
// enough for the blind3 lease cases; Debian 12 does not package mongocxx.
#pragma once
#pragma GCC system_header

#include <bsoncxx/document.hpp>
#include <memory>
#include <optional>
#include <string>

namespace mongocxx {
inline namespace v_noabi {

class collection {
public:
  std::optional<bsoncxx::document::value>
  find_one(bsoncxx::document::view filter);
  bool insert_one(bsoncxx::document::view doc);
};

class database {
public:
  collection operator[](const std::string &name) const;
};

class uri {
public:
  explicit uri(const std::string &s = "mongodb://localhost:27017");
};

class client {
public:
  database operator[](const std::string &name) const;
};

class pool {
public:
  // Gives its client back to the pool when destroyed.
  using entry = std::unique_ptr<client, void (*)(client *)>;

  explicit pool(const uri &u = uri());
  ~pool();

  entry acquire();
  std::optional<entry> try_acquire();
};

} // namespace v_noabi
} // namespace mongocxx

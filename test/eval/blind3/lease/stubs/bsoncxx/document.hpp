// Minimal stand-in for bsoncxx documents (mongo-cxx-driver r3.x), enough for the
// blind3 lease cases; Debian 12 does not package bsoncxx.
#pragma once
#pragma GCC system_header

#include <string>

namespace bsoncxx {
inline namespace v_noabi {
namespace document {

class view {
public:
  std::string get_string(const std::string &key) const;
  bool has(const std::string &key) const;
};

class value {
public:
  document::view get_view() const;
};

// Builds { key: str }.
value make(const std::string &key, const std::string &str);

} // namespace document
} // namespace v_noabi
} // namespace bsoncxx

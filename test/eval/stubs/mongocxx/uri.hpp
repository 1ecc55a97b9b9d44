// Minimal stand-in for mongocxx/uri.hpp (mongodb/mongo-cxx-driver). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <string>
namespace mongocxx {
inline namespace v_noabi {
class uri {
public:
  static const std::string k_default_uri;
  uri(const std::string &uri_string = "mongodb://localhost:27017");
  uri(const char *uri_string);
  uri(uri &&) noexcept;
  ~uri();
};
} // namespace v_noabi
} // namespace mongocxx

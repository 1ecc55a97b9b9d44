// Minimal stand-in for mongocxx (r3.x, mongocxx/uri.hpp); not installed on Debian here.
#pragma GCC system_header
#pragma once
#include <string>
namespace mongocxx {
inline namespace v_noabi {
class uri {
 public:
  static const std::string k_default_uri;
  uri(const std::string &uri_string = "mongodb://localhost:27017");
  uri(const char *uri_string);
};
}  // namespace v_noabi
}  // namespace mongocxx

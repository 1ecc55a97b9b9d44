// Minimal stand-in for bsoncxx (mongodb/mongo-cxx-driver, src/bsoncxx/include/bsoncxx/v_noabi/
// bsoncxx/json.hpp and document/value.hpp). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <optional>
#include <string>
#include <string_view>
namespace bsoncxx {
inline namespace v_noabi {
namespace document {
class view {};
class value {
public:
  value(value &&) noexcept;
  ~value();
  document::view view() const;
};
} // namespace document
document::value from_json(std::string_view json);
std::string to_json(document::view view);
} // namespace v_noabi
} // namespace bsoncxx

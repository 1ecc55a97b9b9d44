// Minimal stand-in for bsoncxx (r3.x): documents and to_json only.
#pragma GCC system_header
#pragma once
#include <string>
namespace bsoncxx {
inline namespace v_noabi {
namespace document {
class view {};
class value {
 public:
  view view() const;
};
}  // namespace document
std::string to_json(document::view v);
document::value from_json(const std::string &json);
namespace builder {
namespace basic {
class document {
 public:
  bsoncxx::document::view view() const;
  bsoncxx::document::value extract();
  template <typename... A> void append(A &&...);
};
template <typename K, typename V> int kvp(K &&, V &&);
template <typename... A> bsoncxx::document::value make_document(A &&...);
}  // namespace basic
}  // namespace builder
}  // namespace v_noabi
}  // namespace bsoncxx

// Minimal stand-in for mongocxx::instance (r3.x).
#pragma GCC system_header
#pragma once
namespace mongocxx {
inline namespace v_noabi {
class instance {
 public:
  instance();
  ~instance();
  static instance &current();
};
}  // namespace v_noabi
}  // namespace mongocxx

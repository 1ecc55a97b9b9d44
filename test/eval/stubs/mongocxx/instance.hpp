// Minimal stand-in for mongocxx (mongodb/mongo-cxx-driver, src/mongocxx/include/mongocxx/v_noabi/
// mongocxx/instance.hpp): declarations used by the evaluation cases. Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <memory>
namespace mongocxx {
inline namespace v_noabi {
class instance {
public:
  instance();
  instance(instance &&) noexcept;
  instance &operator=(instance &&) noexcept;
  ~instance();
  static instance &current();
};
} // namespace v_noabi
} // namespace mongocxx

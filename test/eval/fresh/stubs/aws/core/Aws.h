// Minimal stand-in for the AWS SDK for C++ (aws/core/Aws.h); not installed on Debian here.
#pragma GCC system_header
#pragma once
#include <memory>
#include <string>
#include <utility>
namespace Aws {
using String = std::string;
struct SDKOptions {
  struct { int logLevel = 0; } loggingOptions;
};
void InitAPI(const SDKOptions &options);
void ShutdownAPI(const SDKOptions &options);
template <typename T, typename... Args>
std::shared_ptr<T> MakeShared(const char *, Args &&...args) {
  return std::make_shared<T>(std::forward<Args>(args)...);
}
namespace Http { enum class Scheme { HTTP, HTTPS }; }
}  // namespace Aws

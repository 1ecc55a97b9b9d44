// Minimal stand-in for the AWS SDK for C++ (aws/aws-sdk-cpp, src/aws-cpp-sdk-core/include/aws/core/Aws.h):
// declarations used by the evaluation cases. Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <memory>
#include <string>
#include <utility>
namespace Aws {
using String = std::string;
namespace Utils { namespace Logging { enum class LogLevel { Off, Fatal, Error, Warn, Info, Debug, Trace }; } }
struct LoggingOptions { Utils::Logging::LogLevel logLevel = Utils::Logging::LogLevel::Off; };
struct SDKOptions { LoggingOptions loggingOptions; };
void InitAPI(const SDKOptions &options);
void ShutdownAPI(const SDKOptions &options);
template <typename T, typename... ArgTypes>
std::shared_ptr<T> MakeShared(const char *allocationTag, ArgTypes &&...args) {
  (void)allocationTag;
  return std::make_shared<T>(std::forward<ArgTypes>(args)...);
}
namespace Http { enum class Scheme { HTTP, HTTPS }; }
} // namespace Aws

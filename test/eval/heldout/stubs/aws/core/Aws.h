// Held-out stub of the AWS SDK for C++ core (aws/aws-sdk-cpp), declarations only.
#pragma GCC system_header
#pragma once
#include <memory>
#include <string>
#include <iosfwd>
#include <vector>
#include <utility>

namespace Aws {
using String = std::string;
template <typename T> using Vector = std::vector<T>;
template <typename T, typename... Args>
std::shared_ptr<T> MakeShared(const char *allocationTag, Args &&...args) {
    return std::make_shared<T>(std::forward<Args>(args)...);
}
namespace Utils { namespace Logging {
enum class LogLevel { Off, Fatal, Error, Warn, Info, Debug, Trace };
} }
struct LoggingOptions { Utils::Logging::LogLevel logLevel = Utils::Logging::LogLevel::Off; };
struct SDKOptions { LoggingOptions loggingOptions; };
void InitAPI(const SDKOptions &options);
void ShutdownAPI(const SDKOptions &options);
using IOStream = std::iostream;
using FStream = std::fstream;
} // namespace Aws

// Minimal stand-in for aws/core/client/ClientConfiguration.h (aws/aws-sdk-cpp). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <aws/core/Aws.h>
namespace Aws {
namespace Client {
struct ClientConfiguration {
  ClientConfiguration();
  explicit ClientConfiguration(const char *profileName);
  Aws::String region;
  Aws::String endpointOverride;
  Aws::String caFile;
  Aws::Http::Scheme scheme = Aws::Http::Scheme::HTTPS;
  unsigned maxConnections = 25;
  long requestTimeoutMs = 3000;
  long connectTimeoutMs = 1000;
};
} // namespace Client
} // namespace Aws

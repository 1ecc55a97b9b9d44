// Minimal stand-in for Aws::Client::ClientConfiguration.
#pragma GCC system_header
#pragma once
#include <aws/core/Aws.h>
namespace Aws {
namespace Client {
struct ClientConfiguration {
  Aws::String region;
  Aws::String endpointOverride;
  Aws::String caFile;
  Aws::Http::Scheme scheme = Aws::Http::Scheme::HTTPS;
  bool verifySSL = true;
  long requestTimeoutMs = 3000;
  long connectTimeoutMs = 1000;
};
}  // namespace Client
}  // namespace Aws

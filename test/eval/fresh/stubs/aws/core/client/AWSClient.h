// Minimal stand-in for Aws::Client::AWSClient, the base of every service client.
#pragma GCC system_header
#pragma once
#include <aws/core/Aws.h>
namespace Aws {
namespace Client {
class AWSClient {
 public:
  virtual ~AWSClient();
};
enum class PayloadSigningPolicy { RequestDependent, Always, Never };
namespace AWSAuthV4Signer { using PayloadSigningPolicy = Aws::Client::PayloadSigningPolicy; }
}  // namespace Client
}  // namespace Aws

// Minimal stand-in for Aws::Auth::AWSCredentials.
#pragma GCC system_header
#pragma once
#include <aws/core/Aws.h>
namespace Aws {
namespace Auth {
class AWSCredentials {
 public:
  AWSCredentials(const Aws::String &accessKeyId, const Aws::String &secretKey);
};
}  // namespace Auth
}  // namespace Aws

// Minimal stand-in for Aws::S3::S3Client.
#pragma GCC system_header
#pragma once
#include <aws/core/client/AWSClient.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/s3/model/PutObjectRequest.h>
namespace Aws {
namespace S3 {
class S3Client : public Aws::Client::AWSClient {
 public:
  explicit S3Client(const Aws::Client::ClientConfiguration &config = {});
  S3Client(const Aws::Auth::AWSCredentials &credentials,
           const Aws::Client::ClientConfiguration &config = {},
           Aws::Client::PayloadSigningPolicy signPayloads = Aws::Client::PayloadSigningPolicy::Never,
           bool useVirtualAddressing = true);
  PutObjectOutcome PutObject(const Model::PutObjectRequest &request) const;
};
}  // namespace S3
}  // namespace Aws

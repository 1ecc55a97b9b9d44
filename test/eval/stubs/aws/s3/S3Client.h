// Minimal stand-in for aws/s3/S3Client.h and model headers (aws/aws-sdk-cpp). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <aws/core/auth/AWSCredentialsProviderChain.h>
#include <aws/core/client/AWSClient.h>
#include <iosfwd>
namespace Aws {
namespace S3 {
namespace Model {
class GetObjectRequest {
public:
  GetObjectRequest &WithBucket(const Aws::String &);
  GetObjectRequest &WithKey(const Aws::String &);
  void SetBucket(const Aws::String &);
  void SetKey(const Aws::String &);
};
class PutObjectRequest {
public:
  void SetBucket(const Aws::String &);
  void SetKey(const Aws::String &);
  void SetBody(const std::shared_ptr<std::iostream> &);
};
class GetObjectResult { public: std::iostream &GetBody() const; };
class PutObjectResult {};
} // namespace Model
using GetObjectOutcome = Aws::Client::Outcome<Model::GetObjectResult, Aws::Client::AWSError>;
using PutObjectOutcome = Aws::Client::Outcome<Model::PutObjectResult, Aws::Client::AWSError>;
class S3Client : public Aws::Client::AWSXMLClient {
public:
  explicit S3Client(const Aws::Client::ClientConfiguration &clientConfiguration = Aws::Client::ClientConfiguration());
  S3Client(const std::shared_ptr<Aws::Auth::AWSCredentialsProvider> &credentialsProvider,
           const Aws::Client::ClientConfiguration &clientConfiguration, int signPayloads = 0,
           bool useVirtualAddressing = true);
  ~S3Client() override;
  GetObjectOutcome GetObject(const Model::GetObjectRequest &request) const;
  PutObjectOutcome PutObject(const Model::PutObjectRequest &request) const;
};
} // namespace S3
} // namespace Aws

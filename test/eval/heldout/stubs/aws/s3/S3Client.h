// Held-out stub of aws-cpp-sdk-s3, declarations only.
#pragma GCC system_header
#pragma once
#include <aws/core/client/AWSClient.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/s3/model/PutObjectRequest.h>
namespace Aws { namespace S3 {
namespace Model {
struct PutObjectResult {};
struct S3Error { Aws::String GetMessage() const; };
}
class PutObjectOutcome {
public:
    bool IsSuccess() const;
    const Model::S3Error &GetError() const;
};
class S3Client : public Aws::Client::AWSXMLClient {
public:
    explicit S3Client(const Aws::Client::ClientConfiguration &clientConfiguration =
                          Aws::Client::ClientConfiguration(),
                      Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy signPayloads =
                          Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy::Never,
                      bool useVirtualAddressing = true);
    S3Client(const Aws::Auth::AWSCredentials &credentials,
             const Aws::Client::ClientConfiguration &clientConfiguration =
                 Aws::Client::ClientConfiguration(),
             Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy signPayloads =
                 Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy::Never,
             bool useVirtualAddressing = true);
    ~S3Client() override;
    PutObjectOutcome PutObject(const Model::PutObjectRequest &request) const;
};
} }

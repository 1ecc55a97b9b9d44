// SOURCE: github.com/aws/aws-sdk-cpp/issues/3196 (the maintainers' guidance in that thread and the SDK guide "All client classes ... are thread-safe": build the S3Client once and reuse it); rendered as the corrected version of the segment uploader: the client is a member built in the uploader's constructor
// LIBRARY: aws
// FLAGS: -I../stubs
// SHAPE: negative - S3Client constructed in a constructor's member-initialiser list; the upload method run per segment only uses the member
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/PutObjectRequest.h>
#include <sstream>
#include <string>

static Aws::Client::ClientConfiguration makeConfig(const std::string &endpoint) {
  Aws::Client::ClientConfiguration clientConfig;
  clientConfig.endpointOverride = endpoint;
  clientConfig.requestTimeoutMs = 30000;
  return clientConfig;
}

class SegmentUploader {
 public:
  SegmentUploader(const std::string &ak, const std::string &sk, const std::string &endpoint, std::string bucket)
      : s3_client_(Aws::Auth::AWSCredentials(ak, sk), makeConfig(endpoint)), bucket_(std::move(bucket)) {}

  bool upload(const std::string &key, const std::string &bytes) {
    Aws::S3::Model::PutObjectRequest object_request;
    object_request.WithBucket(bucket_).WithKey(key);
    object_request.SetBody(std::make_shared<std::stringstream>(bytes));
    return s3_client_.PutObject(object_request).IsSuccess();
  }

 private:
  Aws::S3::S3Client s3_client_;
  std::string bucket_;
};

extern bool next_segment(std::string &key, std::string &bytes);

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    SegmentUploader uploader("ak", "sk", "oss.example.com", "recordings");
    std::string key, bytes;
    while (next_segment(key, bytes)) uploader.upload(key, bytes);
  }
  Aws::ShutdownAPI(options);
}

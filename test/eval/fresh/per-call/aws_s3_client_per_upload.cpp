// SOURCE: https://github.com/aws/aws-sdk-cpp/issues/3196
// LIBRARY: aws
// SHAPE: positive - every upload builds a ClientConfiguration and a new S3Client; the cloud-storage thread calls it continuously ("一直调用")
// FLAGS: -I../stubs
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/PutObjectRequest.h>

#include <atomic>
#include <iostream>
#include <memory>
#include <string>

static std::atomic<bool> g_running{true};
std::shared_ptr<std::iostream> next_segment(std::string &key);

bool upload_segment(const std::string &region, const std::string &endpoint, const std::string &ak,
                    const std::string &sk, const std::string &bucket_name, const std::string &key_name,
                    const std::shared_ptr<std::iostream> &request_body) {
  Aws::Client::ClientConfiguration clientConfig;
  if (!region.empty())
    clientConfig.region = region;
  clientConfig.endpointOverride = endpoint;
  // 30 s
  clientConfig.requestTimeoutMs = 30000;
  clientConfig.connectTimeoutMs = 10000;

  Aws::S3::S3Client s3_client(Aws::Auth::AWSCredentials(ak, sk), clientConfig); // EXPECT-WARN

  Aws::S3::Model::PutObjectRequest object_request;
  object_request.WithBucket(bucket_name).WithKey(key_name);
  object_request.SetBody(request_body);

  auto put_object_outcome = s3_client.PutObject(object_request);
  return put_object_outcome.IsSuccess();
}

void cloud_storage_thread(std::string region, std::string endpoint, std::string ak, std::string sk,
                          std::string bucket) {
  while (g_running) {
    std::string key;
    auto body = next_segment(key);
    if (!upload_segment(region, endpoint, ak, sk, bucket, key, body))
      std::cerr << "upload failed: " << key << std::endl;
  }
}

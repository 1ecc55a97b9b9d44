// SOURCE: https://github.com/aws/aws-sdk-cpp/issues/2950
// LIBRARY: aws
// SHAPE: positive - 16 threads each build a new S3Client on every iteration of their while loop
// FLAGS: -I../stubs
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3Client.h>

#include <iostream>
#include <thread>

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  std::thread threads[16];
  int i;
  for (i = 0; i < 16; i++) {
    threads[i] = std::thread([i]() {
      int times = 0;
      while (times < 100) {
        std::cout << "run:" << times++ << std::endl;
        Aws::Client::ClientConfiguration config;
        config.endpointOverride = "172.16.0.95:9000";
        config.verifySSL = true;
        config.scheme = Aws::Http::Scheme::HTTP;
        config.requestTimeoutMs = 100;
        config.connectTimeoutMs = 100;
        Aws::Auth::AWSCredentials cred("minioadmin", "minioadmin");
        Aws::S3::S3Client s3_client(cred, config, Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy::Never, false); // EXPECT-WARN
      }
    });
  }
  for (i = 0; i < 16; i++)
    threads[i].join();
  Aws::ShutdownAPI(options);
  return 0;
}

// SOURCE: github.com/aws/aws-sdk-cpp/issues/2950 ("10M memory leave after ShutdownAPI called for 1000 client created": 16 std::thread lambdas each loop 100 times constructing Aws::S3::S3Client with a minio endpoint)
// LIBRARY: aws
// FLAGS: -I../stubs
// SHAPE: positive - S3Client constructed in the body of a while loop inside lambdas given to std::thread
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
        Aws::S3::S3Client s3_client(cred, config, // EXPECT-WARN
                                    Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy::Never, false);
        (void)i;
      }
    });
  }
  for (i = 0; i < 16; i++) threads[i].join();
  Aws::ShutdownAPI(options);
}

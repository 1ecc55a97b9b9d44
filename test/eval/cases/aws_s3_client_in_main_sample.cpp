// SOURCE: https://github.com/aws/aws-sdk-cpp/issues/896 (maintainer's benchmark program: InitAPI, one S3Client in a scope in main, GetObject, ShutdownAPI)
// LIBRARY: aws
// FLAGS: -I../stubs
// SHAPE: negative - InitAPI and the client are made once in main, outside any loop
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentialsProviderChain.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3Client.h>
#include <iostream>
#include <memory>

using namespace Aws;

int main(int argc, char *argv[]) {
  if (argc < 5) {
    std::cout << " Usage: s3sample <endpoint> <bucket> <key> <local destination path>\n";
    return 0;
  }
  SDKOptions options;
  options.loggingOptions.logLevel = Utils::Logging::LogLevel::Error;
  InitAPI(options);
  {
    Client::ClientConfiguration config;
    config.endpointOverride = argv[1];
    config.scheme = Http::Scheme::HTTP;
    S3::S3Client client(std::make_shared<Auth::DefaultAWSCredentialsProviderChain>(), config, 0, false);
    S3::Model::GetObjectRequest request;
    request.WithBucket(argv[2]).WithKey(argv[3]);
    auto outcome = client.GetObject(request);
    if (!outcome.IsSuccess())
      std::cout << "failed: " << outcome.GetError().GetMessage() << "\n";
  }
  ShutdownAPI(options);
  return 0;
}

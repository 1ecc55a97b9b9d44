// SOURCE: github.com/aws/aws-sdk-cpp/issues/890 ("S3 upload per example memory grows": `void uploadFile(as3Job & _trabajo) { Aws::InitAPI(options); { ... Aws::S3::S3Client s3_client(clientConfig); ... put_object ... } Aws::ShutdownAPI(options); }` called "each time I use the function and upload a file"); the job-queue thread that calls it is rendered
// LIBRARY: aws
// FLAGS: -I../stubs
// SHAPE: positive - S3Client (and the whole SDK via InitAPI/ShutdownAPI) set up inside a helper called per job from a worker loop; only the client construction is expected here
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/PutObjectRequest.h>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

struct as3Job { std::string file, bucket, key, region; };

static Aws::SDKOptions options;

void uploadFile(as3Job &_trabajo) {
  Aws::InitAPI(options);
  {
    std::cout << "Uploading " << _trabajo.file << " to S3 bucket " << _trabajo.bucket << std::endl;
    Aws::Client::ClientConfiguration clientConfig;
    clientConfig.region = _trabajo.region;
    Aws::S3::S3Client s3_client(clientConfig); // EXPECT-WARN
    Aws::S3::Model::PutObjectRequest object_request;
    object_request.WithBucket(_trabajo.bucket).WithKey(_trabajo.key);
    auto input_data = Aws::MakeShared<Aws::FStream>("PutObjectInputStream", _trabajo.file.c_str(),
                                                    std::ios_base::in | std::ios_base::binary);
    object_request.SetBody(input_data);
    auto put_object_outcome = s3_client.PutObject(object_request);
    if (!put_object_outcome.IsSuccess()) std::cout << "PutObject error" << std::endl;
  }
  Aws::ShutdownAPI(options);
}

extern bool wait_for_job(as3Job &job);

void upload_thread() {
  as3Job job;
  while (wait_for_job(job)) uploadFile(job);
}

// SOURCE: github.com/aws/aws-sdk-cpp/issues/3196 ("leak memory": an S3Client is built with AWSCredentials(ak,sk) + ClientConfiguration inside the upload code that "我会在产生云存的线程里一直调用" - is called continuously in the thread that produces cloud-storage segments; InitAPI called once at program start); thread loop rendered
// LIBRARY: aws
// FLAGS: -I../stubs
// SHAPE: positive - S3Client constructed in a helper called once per segment from a std::thread worker loop
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/PutObjectRequest.h>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>

struct Segment { std::string key; std::string bytes; };

static std::string region, endpoint, ak, sk, bucket_name;
static std::deque<Segment> queue_;
static std::mutex mu_;
static std::condition_variable cv_;
static std::atomic<bool> running_{true};

static bool upload_segment(const Segment &seg) {
  Aws::Client::ClientConfiguration clientConfig;
  if (!region.empty()) clientConfig.region = region;
  clientConfig.endpointOverride = endpoint;
  clientConfig.requestTimeoutMs = 30000;
  clientConfig.connectTimeoutMs = 10000;

  Aws::S3::S3Client s3_client(Aws::Auth::AWSCredentials(ak, sk), clientConfig); // EXPECT-WARN

  Aws::S3::Model::PutObjectRequest object_request;
  object_request.WithBucket(bucket_name).WithKey(seg.key);
  object_request.SetBody(std::make_shared<std::stringstream>(seg.bytes));
  auto put_object_outcome = s3_client.PutObject(object_request);
  return put_object_outcome.IsSuccess();
}

static void cloud_storage_thread() {
  while (running_) {
    std::unique_lock<std::mutex> lk(mu_);
    cv_.wait(lk, [] { return !queue_.empty() || !running_; });
    if (queue_.empty()) continue;
    Segment seg = std::move(queue_.front());
    queue_.pop_front();
    lk.unlock();
    upload_segment(seg);
  }
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  std::thread t(cloud_storage_thread);
  t.join();
  Aws::ShutdownAPI(options);
}

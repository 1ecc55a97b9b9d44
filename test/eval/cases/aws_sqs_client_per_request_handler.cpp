// SOURCE: https://github.com/aws/aws-sdk-cpp/issues/2880 (client construction ~1.3 ms each; reported from Arrow creating S3 clients per filesystem object) and https://github.com/aws/aws-sdk-ruby/issues/1393 (jobs creating a client per notification); rendered as a cpp-httplib endpoint that publishes each request to SQS
// LIBRARY: aws
// FLAGS: -I../stubs
// SHAPE: positive - HTTP handler constructs a service client (make_shared) for every request
#include <aws/core/Aws.h>
#include <aws/sqs/SQSClient.h>
#include <httplib.h>
#include <memory>

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  httplib::Server svr;
  svr.Post("/notify", [](const httplib::Request &req, httplib::Response &res) {
    Aws::Client::ClientConfiguration cfg;
    cfg.region = "eu-central-1";
    auto sqs = Aws::MakeShared<Aws::SQS::SQSClient>("notify", cfg); // EXPECT-WARN
    Aws::SQS::Model::SendMessageRequest sm;
    sm.SetQueueUrl("https://sqs.eu-central-1.amazonaws.com/123/notifications");
    sm.SetMessageBody(req.body);
    res.status = sqs->SendMessage(sm).IsSuccess() ? 202 : 502;
  });
  svr.listen("0.0.0.0", 8080);
  Aws::ShutdownAPI(options);
}

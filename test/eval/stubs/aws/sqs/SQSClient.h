// Minimal stand-in for aws/sqs/SQSClient.h and model headers (aws/aws-sdk-cpp). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <aws/core/client/AWSClient.h>
namespace Aws {
namespace SQS {
namespace Model {
class SendMessageRequest {
public:
  void SetQueueUrl(const Aws::String &);
  void SetMessageBody(const Aws::String &);
};
class SendMessageResult {};
} // namespace Model
using SendMessageOutcome = Aws::Client::Outcome<Model::SendMessageResult, Aws::Client::AWSError>;
class SQSClient : public Aws::Client::AWSJsonClient {
public:
  explicit SQSClient(const Aws::Client::ClientConfiguration &clientConfiguration = Aws::Client::ClientConfiguration());
  ~SQSClient() override;
  SendMessageOutcome SendMessage(const Model::SendMessageRequest &request) const;
};
} // namespace SQS
} // namespace Aws

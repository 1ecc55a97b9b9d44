// Minimal stand-in for Aws::DynamoDB::DynamoDBClient.
#pragma GCC system_header
#pragma once
#include <aws/core/client/AWSClient.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/model/PutItemRequest.h>
namespace Aws {
namespace DynamoDB {
class DynamoDBClient : public Aws::Client::AWSClient {
 public:
  explicit DynamoDBClient(const Aws::Client::ClientConfiguration &config = {});
  PutItemOutcome PutItem(const Model::PutItemRequest &request) const;
};
}  // namespace DynamoDB
}  // namespace Aws

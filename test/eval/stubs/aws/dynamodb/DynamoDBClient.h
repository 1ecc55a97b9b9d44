// Minimal stand-in for aws/dynamodb/DynamoDBClient.h and model headers (aws/aws-sdk-cpp). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <aws/core/client/AWSClient.h>
#include <map>
namespace Aws {
namespace DynamoDB {
namespace Model {
class AttributeValue {
public:
  AttributeValue &SetS(const Aws::String &);
  AttributeValue &SetN(const Aws::String &);
};
class PutItemRequest {
public:
  void SetTableName(const Aws::String &);
  void SetItem(const std::map<Aws::String, AttributeValue> &);
  PutItemRequest &AddItem(const Aws::String &, const AttributeValue &);
};
class PutItemResult {};
} // namespace Model
using PutItemOutcome = Aws::Client::Outcome<Model::PutItemResult, Aws::Client::AWSError>;
class DynamoDBClient : public Aws::Client::AWSJsonClient {
public:
  explicit DynamoDBClient(const Aws::Client::ClientConfiguration &clientConfiguration = Aws::Client::ClientConfiguration());
  ~DynamoDBClient() override;
  PutItemOutcome PutItem(const Model::PutItemRequest &request) const;
};
} // namespace DynamoDB
} // namespace Aws

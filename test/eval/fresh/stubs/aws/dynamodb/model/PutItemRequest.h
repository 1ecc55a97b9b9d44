// Minimal stand-in for Aws::DynamoDB::Model::PutItemRequest.
#pragma GCC system_header
#pragma once
#include <map>
#include <aws/core/Aws.h>
namespace Aws {
namespace DynamoDB {
namespace Model {
class AttributeValue {
 public:
  AttributeValue &SetS(const Aws::String &);
};
class PutItemRequest {
 public:
  void SetTableName(const Aws::String &);
  void SetItem(const std::map<Aws::String, AttributeValue> &);
};
}  // namespace Model
struct PutItemOutcome { bool IsSuccess() const; };
}  // namespace DynamoDB
}  // namespace Aws

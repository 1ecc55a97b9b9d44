// Minimal stand-in for Aws::S3::Model::PutObjectRequest and its outcome.
#pragma GCC system_header
#pragma once
#include <iosfwd>
#include <memory>
#include <aws/core/Aws.h>
namespace Aws {
namespace S3 {
namespace Model {
class PutObjectRequest {
 public:
  PutObjectRequest &WithBucket(const Aws::String &);
  PutObjectRequest &WithKey(const Aws::String &);
  void SetBody(const std::shared_ptr<std::iostream> &);
};
}  // namespace Model
struct PutObjectOutcome { bool IsSuccess() const; };
}  // namespace S3
}  // namespace Aws

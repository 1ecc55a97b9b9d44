#pragma GCC system_header
#pragma once
#include <aws/core/Aws.h>
namespace Aws { namespace S3 { namespace Model {
class PutObjectRequest {
public:
    PutObjectRequest &WithBucket(const Aws::String &value);
    PutObjectRequest &WithKey(const Aws::String &value);
    void SetBody(const std::shared_ptr<Aws::IOStream> &body);
};
} } }

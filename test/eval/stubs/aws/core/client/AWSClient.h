// Minimal stand-in for aws/core/client/AWSClient.h (aws/aws-sdk-cpp). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <aws/core/client/ClientConfiguration.h>
namespace Aws {
namespace Client {
class AWSClient {
public:
  virtual ~AWSClient();
};
class AWSJsonClient : public AWSClient {};
class AWSXMLClient : public AWSClient {};
template <typename R, typename E> class Outcome {
public:
  bool IsSuccess() const;
  const R &GetResult() const;
  const E &GetError() const;
};
struct AWSError {
  const Aws::String &GetMessage() const;
};
} // namespace Client
} // namespace Aws

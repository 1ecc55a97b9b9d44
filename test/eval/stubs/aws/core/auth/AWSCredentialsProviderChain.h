// Minimal stand-in for aws/core/auth/AWSCredentialsProviderChain.h (aws/aws-sdk-cpp). Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <aws/core/Aws.h>
namespace Aws {
namespace Auth {
class AWSCredentialsProvider { public: virtual ~AWSCredentialsProvider(); };
class DefaultAWSCredentialsProviderChain : public AWSCredentialsProvider { public: DefaultAWSCredentialsProviderChain(); };
} // namespace Auth
} // namespace Aws

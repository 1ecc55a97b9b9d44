#pragma GCC system_header
#pragma once
#include <aws/core/Aws.h>
namespace Aws { namespace Http { enum class Scheme { HTTP, HTTPS }; } }
namespace Aws { namespace Client {
struct ClientConfiguration {
    ClientConfiguration();
    Aws::String region;
    Aws::String endpointOverride;
    Aws::Http::Scheme scheme = Aws::Http::Scheme::HTTPS;
    bool verifySSL = true;
    long requestTimeoutMs = 3000;
    long connectTimeoutMs = 1000;
    unsigned maxConnections = 25;
};
} }

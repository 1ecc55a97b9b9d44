#pragma GCC system_header
#pragma once
#include <aws/core/client/ClientConfiguration.h>
namespace Aws { namespace Client {
class AWSAuthV4Signer {
public:
    enum class PayloadSigningPolicy { RequestDependent, Always, Never };
};
class AWSClient {
public:
    explicit AWSClient(const ClientConfiguration &configuration);
    virtual ~AWSClient();
};
class AWSXMLClient : public AWSClient {
public:
    explicit AWSXMLClient(const ClientConfiguration &configuration);
    ~AWSXMLClient() override;
};
} }

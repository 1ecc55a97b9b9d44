// SOURCE: public GitHub file (feature-store router; search-index id 34479979702; the index does not name its repository)
// LIBRARY: grpc
// SHAPE: negative - the router's constructor makes one channel per distinct shard address and stores the stubs in a map; the PutFeatures override only looks them up
// FLAGS: -I../stubs
#include <grpcpp/grpcpp.h>
#include <protos/greeter.grpc.pb.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

class FeatureRouter final : public helloworld::Greeter::Service {
 public:
  FeatureRouter(const std::vector<std::string> &shard_addresses, const std::string &root_cert) {
    grpc::SslCredentialsOptions ssl_opts;
    ssl_opts.pem_root_certs = root_cert;
    auto channel_creds = grpc::SslCredentials(ssl_opts);
    for (const auto &address : shard_addresses) {
      ring_.push_back(address);
      auto channel = grpc::CreateChannel(address, channel_creds);
      stubs_[address] = helloworld::Greeter::NewStub(channel);
    }
  }

  grpc::Status SayHello(grpc::ServerContext *context, const helloworld::HelloRequest *request,
                        helloworld::HelloReply *response) override {
    const std::string &address = ring_[std::hash<std::string>{}(request->name()) % ring_.size()];
    grpc::ClientContext client_context;
    return stubs_[address]->SayHello(&client_context, *request, response);
  }

 private:
  std::vector<std::string> ring_;
  std::map<std::string, std::unique_ptr<helloworld::Greeter::Stub>> stubs_;
};

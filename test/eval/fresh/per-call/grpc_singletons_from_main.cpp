// SOURCE: public GitHub file (child cache node; search-index id 334805690; the index does not name its repository)
// LIBRARY: grpc
// SHAPE: negative - main() creates the two client channels once and stores them in singletons; the HandleMiss-style service override only uses the singletons
// FLAGS: -I../stubs
#include <grpcpp/grpcpp.h>
#include <protos/greeter.grpc.pb.h>

#include <memory>
#include <string>

class DatabaseClient {
 public:
  DatabaseClient() = default;
  explicit DatabaseClient(std::shared_ptr<grpc::Channel> channel) : stub_(helloworld::Greeter::NewStub(channel)) {}
  static DatabaseClient *instance() {
    static DatabaseClient inst;
    return &inst;
  }
  std::string AccessDb(const std::string &key) {
    helloworld::HelloRequest req;
    req.set_name(key);
    helloworld::HelloReply rep;
    grpc::ClientContext ctx;
    stub_->SayHello(&ctx, req, &rep);
    return rep.message();
  }

 private:
  std::unique_ptr<helloworld::Greeter::Stub> stub_;
};

class ChildnodeServiceImpl final : public helloworld::Greeter::Service {
 public:
  grpc::Status SayHello(grpc::ServerContext *context, const helloworld::HelloRequest *request,
                        helloworld::HelloReply *reply) override {
    std::string value = DatabaseClient::instance()->AccessDb(request->name());
    reply->set_message(value);
    return grpc::Status::OK;
  }
};

int main(int argc, char **argv) {
  if (argc < 3) return 0;
  std::string dbserver = argv[2];
  *DatabaseClient::instance() = DatabaseClient(grpc::CreateChannel(dbserver, grpc::InsecureChannelCredentials()));
  ChildnodeServiceImpl service;
  grpc::ServerBuilder builder;
  builder.AddListeningPort(std::string("0.0.0.0:") + argv[1], grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server(builder.BuildAndStart());
  server->Wait();
  return 0;
}

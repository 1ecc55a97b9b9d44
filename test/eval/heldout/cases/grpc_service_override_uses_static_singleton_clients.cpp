// SOURCE: code search result (repository not shown; a gRPC course assignment "assign4" child-node server): DatabaseClient::instance()/SupernodeClient::instance() return function-local statics that main() assigns once with `*DatabaseClient::instance() = DatabaseClient(grpc::CreateChannel(dbserver, ...))`; ChildnodeServiceImpl::HandleMiss/TranslateChunk (sync service overrides, TranslateChunk loops over words) only call instance()->AccessDb
// LIBRARY: grpc
// FLAGS: -I../stubs
// SHAPE: negative - channels created once in main and stored in function-local static singletons; the service overrides and the loop inside one of them only use them
#include <grpcpp/grpcpp.h>
#include <heldout_gen/services.grpc.pb.h>
#include <cctype>
#include <iostream>
#include <memory>
#include <string>

using grpc::Channel;
using grpc::ClientContext;
using grpc::ServerContext;
using grpc::Status;
using kv::GetReply;
using kv::GetRequest;

class DatabaseClient {
 public:
  DatabaseClient() {}
  DatabaseClient(std::shared_ptr<Channel> channel) : stub_(kv::KeyValueStore::NewStub(channel)) {}
  static DatabaseClient *instance() {
    static DatabaseClient database_cli;
    return &database_cli;
  }
  std::string AccessDb(const std::string &user) {
    GetRequest request;
    request.set_key(user);
    GetReply reply;
    ClientContext context;
    Status status = stub_->Get(&context, request, &reply);
    return status.ok() ? reply.message() : "RPC failed";
  }
 private:
  std::unique_ptr<kv::KeyValueStore::Stub> stub_;
};

class ChildnodeServiceImpl final : public kv::Storage::Service {
 public:
  Status Fetch(ServerContext *context, const GetRequest *request, GetReply *reply) override {
    (void)context;
    std::string chunk(request->key());
    std::string out;
    size_t index = 0;
    while (index < chunk.size()) {
      size_t start = index;
      while (index < chunk.size() && isalnum((unsigned char)chunk[index])) index++;
      if (index > start) out += DatabaseClient::instance()->AccessDb(chunk.substr(start, index - start));
      if (index < chunk.size()) out += chunk[index++];
    }
    reply->set_message(out);
    return Status::OK;
  }
};

int main(int argc, char **argv) {
  if (argc < 3) return 0;
  std::string port = argv[1], dbserver = argv[2];
  *DatabaseClient::instance() = DatabaseClient(grpc::CreateChannel(dbserver, grpc::InsecureChannelCredentials()));
  ChildnodeServiceImpl service;
  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:" + port, grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server(builder.BuildAndStart());
  server->Wait();
}

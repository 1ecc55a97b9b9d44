// gRPC C++ and its C core against Debian's headers and libraries: a channel
// created in every RPC of a service, a C-core channel lost on an early
// return, and silent shapes. The fixed file compiles, links against
// libgrpc++ and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{grpc} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{grpc} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{grpc} %t.cpp -o %t.exe %libs{grpc}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{grpc} \
// RUN:   | %diags | count 0

#include <grpc/grpc.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/codegen/service_type.h>

#include <chrono>
#include <memory>
#include <string>

static const char *const BackendAddress = "127.0.0.1:50051";

// What protoc's gRPC plugin generates for `service Health { rpc Check }`.
namespace health {
class Health final {
public:
  class Service : public ::grpc::Service {
  public:
    Service() {}
    ~Service() override {}
    virtual ::grpc::Status Check(::grpc::ServerContext *Context,
                                 const std::string *Request,
                                 std::string *Reply) {
      return ::grpc::Status(::grpc::StatusCode::UNIMPLEMENTED, "");
    }
  };
};
} // namespace health

class HealthProxy final : public health::Health::Service {
public:
  // Per RPC: every check makes a new channel to the backend.
  ::grpc::Status Check(::grpc::ServerContext *Context,
                       const std::string *Service,
                       std::string *Reply) override {
    std::shared_ptr<grpc::Channel> Backend = grpc::CreateChannel(
        BackendAddress, grpc::InsecureChannelCredentials());
        // CHECK: :[[@LINE-2]]:46: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'HealthProxy::Check'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
        // CHECK: :[[@LINE-6]]:18: note: 'HealthProxy::Check' is a gRPC service method, run once per RPC: it takes a 'grpc::ServerContext'
    bool Up = Backend->WaitForConnected(std::chrono::system_clock::now() +
                                        std::chrono::milliseconds(100));
    *Reply = *Service + (Up ? " up" : " down");
    return ::grpc::Status::OK;
  }
};

// Missing release: the C-core channel is lost when its state is bad.
bool probe(const char *Target) {
  grpc_channel_credentials *Creds = grpc_insecure_credentials_create();
  grpc_channel *Channel = grpc_channel_create(Target, Creds, nullptr);
  // CHECK: :[[@LINE-1]]:27: warning: 'grpc_channel_create' acquires a 'grpc_channel' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'probe' returns here
  // CHECK: :[[@LINE-3]]:27: note: release it with 'grpc_channel_destroy' before that return
  grpc_channel_credentials_release(Creds);
  if (grpc_channel_check_connectivity_state(Channel, 1) ==
      GRPC_CHANNEL_SHUTDOWN)
    return false;
  grpc_channel_destroy(Channel);
  return true;
}

// Negative: a channel made once for all calls.
static std::shared_ptr<grpc::Channel> sharedBackend() {
  static std::shared_ptr<grpc::Channel> Channel = grpc::CreateChannel(
      BackendAddress, grpc::InsecureChannelCredentials());
  return Channel;
}

int main(int Argc, char **) {
  if (Argc > 1) {
    grpc::ServerContext Context;
    std::string Service = "db", Reply;
    HealthProxy().Check(&Context, &Service, &Reply);
    probe(BackendAddress);
    sharedBackend();
  }
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}// One 'grpc::Channel' for the whole process: it is thread-safe and reconnects{{$}}
// FIXED-NEXT: {{^}}// by itself, so every call shares it and none closes it.{{$}}
// FIXED-NEXT: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static std::shared_ptr<grpc::Channel> *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = new std::shared_ptr<grpc::Channel>(grpc::CreateChannel({{$}}
// FIXED-NEXT: {{^}}        BackendAddress, grpc::InsecureChannelCredentials()));{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return *Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    std::shared_ptr<grpc::Channel> Backend = sharedChannel();{{$}}
// FIXED: {{^}}    { grpc_channel_destroy(Channel); return false; }{{$}}

// For a site in a function inside a namespace, the accessor goes into the
// same namespace, right before the function and its comment.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   | %diags | count 0

#include <grpcpp/grpcpp.h>
#include <httplib.h>

namespace app {
namespace handlers {

// Reports whether the backend answers.
void ping(const httplib::Request &, httplib::Response &Res) {
  auto Channel = grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:18: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'ping'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+8]]:3: note: 'ping' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Res.status = Channel->GetState(/*try_to_connect=*/true) == GRPC_CHANNEL_READY ? 200 : 503;
}

} // namespace handlers
} // namespace app

static void registerPing(httplib::Server &S) {
  S.Get("/ping", app::handlers::ping);
}

// FIXED: {{^}}namespace app {{{$}}
// FIXED-NEXT: {{^}}namespace handlers {{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel() {{{$}}
// FIXED: {{^}}}{{$}}
// FIXED-EMPTY:
// FIXED-NEXT: {{^}}// Reports whether the backend answers.{{$}}
// FIXED-NEXT: {{^}}void ping(const httplib::Request &, httplib::Response &Res) {{{$}}
// FIXED-NEXT: {{^}}  auto Channel = sharedChannel();{{$}}
// FIXED: {{^}}} // namespace handlers{{$}}

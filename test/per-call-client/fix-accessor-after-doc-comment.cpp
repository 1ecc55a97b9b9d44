// The accessor goes above the whole comment block that documents the
// function (doxygen comments and block comments), never between the comment
// and the function, and after the include it needs.
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

/// Looks up one key.
///
/// Answers 503 when the backend is down.
static void doxygen(const httplib::Request &, httplib::Response &) {
  auto Channel = grpc::CreateChannel("a:1", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:18: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'doxygen'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'doxygen' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Channel->GetState(/*try_to_connect=*/true);
}
static void registerDoxygen(httplib::Server &S) {
  S.Get("/a", doxygen);
}

/* Looks up another key,
 * over two lines of block comment. */
static void blockComment(const httplib::Request &, httplib::Response &) {
  auto Channel = grpc::CreateChannel("b:1", grpc::InsecureChannelCredentials());
  // CHECK: :[[@LINE-1]]:18: warning: 'grpc::CreateChannel' creates a new 'grpc::Channel' on every call to 'blockComment'; each one creates a new channel, which resolves the target and sets up its HTTP/2 connections again [resource-per-call-client]
  // CHECK: :[[@LINE+4]]:3: note: 'blockComment' is registered with 'httplib::Server::Get' here as an HTTP request handler
  Channel->GetState(/*try_to_connect=*/true);
}
static void registerBlockComment(httplib::Server &S) {
  S.Get("/b", blockComment);
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel() {{{$}}
// FIXED: {{^}}}{{$}}
// FIXED-EMPTY:
// FIXED-NEXT: {{^}}/// Looks up one key.{{$}}
// FIXED-NEXT: {{^}}///{{$}}
// FIXED-NEXT: {{^}}/// Answers 503 when the backend is down.{{$}}
// FIXED-NEXT: {{^}}static void doxygen(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  auto Channel = sharedChannel();{{$}}
// FIXED: {{^}}static const std::shared_ptr<grpc::Channel> &sharedChannel2() {{{$}}
// FIXED: {{^}}}{{$}}
// FIXED-EMPTY:
// FIXED-NEXT: {{^}}/* Looks up another key,{{$}}
// FIXED-NEXT: {{^}} * over two lines of block comment. */{{$}}
// FIXED-NEXT: {{^}}static void blockComment(const httplib::Request &, httplib::Response &) {{{$}}
// FIXED-NEXT: {{^}}  auto Channel = sharedChannel2();{{$}}

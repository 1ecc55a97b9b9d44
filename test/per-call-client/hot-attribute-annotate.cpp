// A function annotated "resource-tidy:hot" is frequently invoked: a mongocxx
// client constructed in it is constructed on every call.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongocxx/stub.hpp>

// The audit hook is annotated hot and connects to MongoDB on every call.
__attribute__((annotate("resource-tidy:hot"))) void
auditWithClientPerCall() {
  mongocxx::client Client{mongocxx::uri{"mongodb://audit"}};
  // CHECK: :[[@LINE-1]]:20: warning: 'mongocxx::client' is constructed on every call to 'auditWithClientPerCall'; each construction discovers the deployment and opens new connections to every server it uses [resource-per-call-client]
  // CHECK: :[[@LINE-3]]:1: note: 'auditWithClientPerCall' is marked as frequently invoked
  // CHECK: :[[@LINE-3]]:20: note: 'mongocxx::client' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  Client["audit"];
}

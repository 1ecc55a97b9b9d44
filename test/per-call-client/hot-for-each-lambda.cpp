// The lambda given to std::for_each runs once per element: a mongocxx client
// made in it is made for every element.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <algorithm>
#include <mongocxx/stub.hpp>
#include <string>
#include <vector>

// Every tenant database is reached through a client of its own.
void indexTenantsWithClientPerTenant(const std::vector<std::string> &Tenants) {
  std::for_each(Tenants.begin(), Tenants.end(),
                [](const std::string &Tenant) {
                  mongocxx::client Client{mongocxx::uri{"mongodb://db"}};
                  // CHECK: :[[@LINE-1]]:36: warning: 'mongocxx::client' is constructed on every call to the lambda; each construction discovers the deployment and opens new connections to every server it uses [resource-per-call-client]
                  // CHECK: :[[@LINE-4]]:3: note: the lambda is registered with 'std::for_each' here as a callback that runs for each element
                  // CHECK: :[[@LINE-3]]:36: note: 'mongocxx::client' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
                  Client[Tenant];
                });
}

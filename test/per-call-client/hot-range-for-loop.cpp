// A MongoDB client made in the body of a range-based for loop is made for
// every element.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <string>
#include <vector>

// Every tenant is greeted through a client of its own.
void greetTenantsEachWithItsOwnClient(const std::vector<std::string> &Tenants) {
  for (const std::string &Tenant : Tenants) {
    mongoc_client_t *Client = mongoc_client_new("mongodb://localhost:27017");
    // CHECK: :[[@LINE-1]]:31: warning: 'mongoc_client_new' creates a new 'mongoc_client_t' on every iteration of this loop; each one discovers the deployment and opens new connections to every server it uses [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:31: note: 'mongoc_client_t' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    mongoc_client_set_appname(Client, Tenant.c_str());
    mongoc_client_destroy(Client);
  }
}

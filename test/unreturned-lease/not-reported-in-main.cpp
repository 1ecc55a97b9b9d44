// Whatever main still holds when it returns ends with the process: a lease
// taken in main is not reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <cstdio>
#include <mongoc/mongoc.h>

// Control: the same code in a helper is reported.
static int check(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'check' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  bson_error_t Error;
  if (!mongoc_client_command_simple(Client, "admin", nullptr, nullptr, nullptr,
                                    &Error))
    return 1;
  mongoc_client_pool_push(Pool, Client);
  return 0;
}

int main(int Argc, char **Argv) {
  mongoc_init();
  mongoc_uri_t *Uri =
      mongoc_uri_new(Argc > 1 ? Argv[1] : "mongodb://localhost:27017");
  mongoc_client_pool_t *Pool = mongoc_client_pool_new(Uri);
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  bson_error_t Error;
  if (!mongoc_client_command_simple(Client, "admin", nullptr, nullptr, nullptr,
                                    &Error)) {
    std::fprintf(stderr, "%s\n", Error.message);
    return 1;
  }
  return check(Pool);
}

// A path that ends the process (abort, exit, a [[noreturn]] fatal-error
// helper) loses nothing worth reporting: nothing is reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <cstdlib>
#include <mongoc/mongoc.h>

[[noreturn]] void fatal(const char *Message);

// Dies when the primary does not answer.
void requirePrimary(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  bson_error_t Error;
  if (!mongoc_client_command_simple(Client, "admin", nullptr, nullptr, nullptr,
                                    &Error))
    fatal(Error.message);
  mongoc_client_pool_push(Pool, Client);
}

// abort() and exit() end the process too.
void requireShop(mongoc_client_pool_t *Pool, bool Strict) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  mongoc_database_t *Shop = mongoc_client_get_database(Client, "shop");
  if (Shop == nullptr) {
    if (Strict)
      abort();
    exit(1);
  }
  mongoc_database_destroy(Shop);
  mongoc_client_pool_push(Pool, Client);
}

// Control: returning instead of dying loses the client.
bool checkPrimary(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'checkPrimary' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  bson_error_t Error;
  if (!mongoc_client_command_simple(Client, "admin", nullptr, nullptr, nullptr,
                                    &Error))
    return false;
  mongoc_client_pool_push(Pool, Client);
  return true;
}

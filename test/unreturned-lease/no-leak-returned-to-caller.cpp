// A lease returned to the caller is the caller's to give back: nothing is
// reported in the function that takes it.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <soci/soci.h>

// Checks a client out with the application's name set.
mongoc_client_t *checkout(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  mongoc_client_set_error_api(Client, MONGOC_ERROR_API_VERSION_2);
  return Client;
}

// A client that may not be there: NULL when the pool is exhausted.
mongoc_client_t *tryCheckout(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_try_pop(Pool);
  if (Client == nullptr)
    MONGOC_WARNING("mongo pool exhausted");
  return Client;
}

// Leases a session position for a caller that gives it back.
std::size_t leaseWithSchema(soci::connection_pool &Pool,
                            const std::string &Schema) {
  std::size_t Pos = Pool.lease();
  Pool.at(Pos) << "SET search_path TO " + Schema;
  return Pos;
}

// Control: the caller gets a flag, not the client.
bool checkoutOk(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+2]]:3: note: it leaks when 'checkoutOk' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  return mongoc_client_set_error_api(Client, MONGOC_ERROR_API_VERSION_2);
}

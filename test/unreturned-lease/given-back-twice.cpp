// A lease given back to its pool when every path to that point has already
// given it back is reported at the second give-back: the pool would hand
// the same connection to two borrowers.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <soci/soci.h>

// Pushes the client back after logging the outcome.
static void finishPing(mongoc_client_pool_t *Pool, mongoc_client_t *Client,
                       bool Ok) {
  if (!Ok)
    MONGOC_WARNING("ping failed");
  mongoc_client_pool_push(Pool, Client);
}

// The helper already gave the client back; the caller pushes it again.
bool ping(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE+5]]:3: warning: the connection taken with 'mongoc_client_pool_pop' is given back to its pool a second time [resource-unreturned-lease]
  // CHECK: :[[@LINE-2]]:29: note: taken from the pool here
  bool Ok = mongoc_client_command_simple(Client, "admin", nullptr, nullptr,
                                         nullptr, nullptr);
  finishPing(Pool, Client, Ok);
  mongoc_client_pool_push(Pool, Client);
  return Ok;
}

// Both branches give the position back, and so does the common tail.
void touch(soci::connection_pool &Pool, bool Audit) {
  std::size_t Pos = Pool.lease();
  // CHECK: :[[@LINE+10]]:3: warning: the connection taken with 'soci::connection_pool::lease' is given back to its pool a second time [resource-unreturned-lease]
  // CHECK: :[[@LINE-2]]:21: note: taken from the pool here
  soci::session &Sql = Pool.at(Pos);
  if (Audit) {
    Sql << "INSERT INTO audit VALUES ('touch')";
    Pool.give_back(Pos);
  } else {
    Sql << "UPDATE stats SET touched = 1";
    Pool.give_back(Pos);
  }
  Pool.give_back(Pos);
}

// Control: given back once, by the helper.
bool pingOnce(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  bool Ok = mongoc_client_command_simple(Client, "admin", nullptr, nullptr,
                                         nullptr, nullptr);
  finishPing(Pool, Client, Ok);
  return Ok;
}

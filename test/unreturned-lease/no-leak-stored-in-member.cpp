// A lease stored in a member, or in an out-parameter, outlives the call:
// the object or the caller gives it back. Nothing is reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <soci/soci.h>
#include <vector>

class Session {
public:
  explicit Session(mongoc_client_pool_t *Pool) : Pool(Pool) {}
  ~Session() {
    if (Client != nullptr)
      mongoc_client_pool_push(Pool, Client);
  }

  // Keeps the client until the session ends.
  bool begin() {
    Client = mongoc_client_pool_pop(Pool);
    return Client != nullptr;
  }

  // Kept in a member container of positions to give back later.
  void reserve(soci::connection_pool &Sessions) {
    std::size_t Pos = Sessions.lease();
    Reserved.push_back(Pos);
  }

private:
  mongoc_client_pool_t *Pool;
  mongoc_client_t *Client = nullptr;
  std::vector<std::size_t> Reserved;
};

// Handed to the caller through an out-parameter.
bool checkout(mongoc_client_pool_t *Pool, mongoc_client_t **Out) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  if (!mongoc_client_command_simple(Client, "admin", nullptr, nullptr, nullptr,
                                    nullptr)) {
    mongoc_client_pool_push(Pool, Client);
    return false;
  }
  *Out = Client;
  return true;
}

// Control: a copy kept in a local only is not kept.
bool pingOnce(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+3]]:3: note: it leaks when 'pingOnce' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  mongoc_client_t *Pinged = Client;
  return mongoc_client_command_simple(Pinged, "admin", nullptr, nullptr,
                                      nullptr, nullptr);
}

// A take and its give-back under tests of the same local flag run on the
// same paths: a client popped only when 'Pooled' and pushed back only when
// 'Pooled', or a 'Leased' flag set after a successful try_lease that guards
// the give-back after a try block, is given back on every path that took
// one. A flag that is also set elsewhere to something unknown is not
// trusted, and a path the flag does not cover still loses the lease.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <soci/soci.h>
#include <string>

mongoc_client_t *standaloneClient();

void pingOnce(mongoc_client_pool_t *Pool, bool Pooled) {
  mongoc_client_t *Client;
  if (Pooled)
    Client = mongoc_client_pool_pop(Pool);
  else
    Client = standaloneClient();
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  mongoc_client_command_simple(Client, "admin", Ping, nullptr, nullptr,
                               nullptr);
  bson_destroy(Ping);
  if (Pooled)
    mongoc_client_pool_push(Pool, Client);
  else
    mongoc_client_destroy(Client);
}

// The same with an int mode compared with 0 and 1.
int countOnce(mongoc_client_pool_t *Pool, mongoc_client_t *Shared,
              int ThreadMode) {
  mongoc_client_t *Client = Shared;
  if (ThreadMode != 0)
    Client = mongoc_client_pool_pop(Pool);
  int Ok = mongoc_client_get_server_status(Client, nullptr, nullptr, nullptr);
  if (ThreadMode == 1)
    mongoc_client_pool_push(Pool, Client);
  return Ok;
}

std::string password(soci::connection_pool &Pool, const std::string &Id) {
  std::string Password;
  bool Leased = false;
  std::size_t Pos = 0;
  try {
    if (Pool.try_lease(Pos, 2000)) {
      Leased = true;
      Pool.at(Pos) << "select password from account where id = :id",
          soci::into(Password), soci::use(Id);
    }
  } catch (const std::exception &) {
  }
  if (Leased)
    Pool.give_back(Pos);
  return Password;
}

// A flag the function also sets from a call: the paths are not split.
void pingUntrusted(mongoc_client_pool_t *Pool, bool Pooled, bool (*Ask)()) {
  mongoc_client_t *Client = nullptr;
  if (Pooled)
    Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:14: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+6]]:1: note: it leaks when 'pingUntrusted' ends here
  // CHECK: :[[@LINE+4]]:5: note: it is released here only when the condition of this 'if' holds
  // CHECK: :[[@LINE-4]]:14: note: give it back with 'mongoc_client_pool_push' on every path
  Pooled = Ask();
  if (Pooled)
    mongoc_client_pool_push(Pool, Client);
}

// A path the flag does not cover: the early return.
bool pingEarlyReturn(mongoc_client_pool_t *Pool, bool Pooled, bool Quick) {
  mongoc_client_t *Client = nullptr;
  if (Pooled)
    Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:14: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'pingEarlyReturn' returns here
  // CHECK: :[[@LINE+5]]:5: note: it is released here only when the condition of this 'if' holds
  // CHECK: :[[@LINE-4]]:14: note: give it back with 'mongoc_client_pool_push' on every path
  if (Quick)
    return true;
  if (Pooled)
    mongoc_client_pool_push(Pool, Client);
  return true;
}

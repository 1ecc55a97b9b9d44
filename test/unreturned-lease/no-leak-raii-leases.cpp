// Leases that give themselves back when destroyed are not followed: a
// soci::session built on a connection_pool, the Poco::Data::Session of a
// SessionPool, the entry of a mongocxx::pool, and a user guard built right
// after the take. Nothing is reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <Poco/Data/SessionPool.h>
#include <mongoc/mongoc.h>
#include <mongocxx/stub.hpp>
#include <soci/soci.h>
#include <cstdio>
#include <stdexcept>

// The session leases from the pool and gives back in its destructor, also
// when the query throws.
int countOrders(soci::connection_pool &Pool) {
  soci::session Sql(Pool);
  int Count = 0;
  Sql << "SELECT count(*) FROM orders", soci::into(Count);
  if (Count < 0)
    throw std::runtime_error("bad count");
  return Count;
}

// A pooled Poco session goes back to its pool when it is destroyed.
void touch(Poco::Data::SessionPool &Pool) {
  Poco::Data::Session Session = Pool.get();
  if (!Session.isConnected())
    return;
  Session << "UPDATE stats SET touched = 1", Poco::Data::Keywords::now;
}

// The mongocxx pool entry gives its client back when it is destroyed.
void listDatabases(mongocxx::pool &Pool) {
  mongocxx::pool::entry Client = Pool.acquire();
  mongocxx::database Db = (*Client)["shop"];
}

// Pushes its client back to its pool when it goes out of scope.
struct PooledClient {
  mongoc_client_pool_t *Pool;
  mongoc_client_t *Client;
  ~PooledClient() { mongoc_client_pool_push(Pool, Client); }
};

// The guard owns the client from the line after the pop.
bool ping(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  PooledClient Guard{Pool, Client};
  if (!mongoc_client_command_simple(Client, "admin", nullptr, nullptr, nullptr,
                                    nullptr))
    return false;
  return true;
}

// Control: a position leased by hand is followed.
void printOrdersByHand(soci::connection_pool &Pool) {
  std::size_t Pos = Pool.lease();
  // CHECK: :[[@LINE-1]]:21: warning: 'soci::connection_pool::lease' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+5]]:1: note: it leaks when 'printOrdersByHand' ends here
  // CHECK: :[[@LINE-3]]:21: note: give it back with 'soci::connection_pool::give_back' on every path
  int Count = 0;
  Pool.at(Pos) << "SELECT count(*) FROM orders", soci::into(Count);
  std::printf("%d orders\n", Count);
}

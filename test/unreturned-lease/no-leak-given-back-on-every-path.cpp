// A lease given back on every path out of its function, whichever give-back
// function of the pool each path uses, is not reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <libmemcachedutil-1.0/pool.h>
#include <mongoc/mongoc.h>
#include <soci/soci.h>

// Each return is preceded by a push.
bool isPrimaryUp(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bool Ok = mongoc_client_command_simple(Client, "admin", Ping, nullptr,
                                         nullptr, nullptr);
  bson_destroy(Ping);
  if (!Ok) {
    mongoc_client_pool_push(Pool, Client);
    return false;
  }
  mongoc_client_pool_push(Pool, Client);
  return true;
}

// The deprecated pop/push pair and the fetch/release pair are both gives.
int storeGreeting(memcached_pool_st *Pool) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_pop(Pool, true, &Rc);
  if (Memc == nullptr)
    return -1;
  Rc = memcached_set(Memc, "greeting", 8, "hello", 5, 0, 0);
  if (Rc != MEMCACHED_SUCCESS) {
    memcached_pool_release(Pool, Memc);
    return -1;
  }
  memcached_pool_push(Pool, Memc);
  return 0;
}

// The position goes back on both branches.
int countOrders(soci::connection_pool &Pool, bool Open) {
  std::size_t Pos = Pool.lease();
  soci::session &Sql = Pool.at(Pos);
  int Count = 0;
  if (Open)
    Sql << "SELECT count(*) FROM orders WHERE open", soci::into(Count);
  else
    Sql << "SELECT count(*) FROM orders", soci::into(Count);
  Pool.give_back(Pos);
  return Count;
}

// Control: the branch that counts closed orders forgets the give-back.
int countOrdersForgotten(soci::connection_pool &Pool, bool Open) {
  std::size_t Pos = Pool.lease();
  // CHECK: :[[@LINE-1]]:21: warning: 'soci::connection_pool::lease' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+8]]:5: note: it leaks when 'countOrdersForgotten' returns here
  // CHECK: :[[@LINE-3]]:21: note: give it back with 'soci::connection_pool::give_back' on every path
  soci::session &Sql = Pool.at(Pos);
  int Count = 0;
  if (Open) {
    Sql << "SELECT count(*) FROM orders WHERE open", soci::into(Count);
  } else {
    Sql << "SELECT count(*) FROM orders", soci::into(Count);
    return Count;
  }
  Pool.give_back(Pos);
  return Count;
}

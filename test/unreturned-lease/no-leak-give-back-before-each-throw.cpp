// Giving the lease back before each throw keeps the pool whole: nothing is
// reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <libmemcachedutil-1.0/pool.h>
#include <soci/soci.h>
#include <stdexcept>
#include <string>

// Each throw is preceded by a release.
std::string readGreeting(memcached_pool_st *Pool) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  if (Memc == nullptr)
    throw std::runtime_error("memcached pool exhausted");
  size_t Length = 0;
  uint32_t Flags = 0;
  char *Value = memcached_get(Memc, "greeting", 8, &Length, &Flags, &Rc);
  if (Value == nullptr) {
    std::string Message = memcached_strerror(Memc, Rc);
    memcached_pool_release(Pool, Memc);
    throw std::runtime_error(Message);
  }
  std::string Greeting(Value, Length);
  free(Value);
  memcached_pool_release(Pool, Memc);
  return Greeting;
}

// Two throws, each after giving the position back.
int stock(soci::connection_pool &Pool, int Item) {
  std::size_t Pos = Pool.lease();
  soci::session &Sql = Pool.at(Pos);
  int Count = 0;
  soci::indicator Ind = soci::i_ok;
  Sql << "SELECT count FROM stock WHERE item = :item", soci::use(Item),
      soci::into(Count, Ind);
  if (!Sql.got_data()) {
    Pool.give_back(Pos);
    throw std::out_of_range("no such item");
  }
  if (Ind == soci::i_null) {
    Pool.give_back(Pos);
    throw std::runtime_error("item without a count");
  }
  Pool.give_back(Pos);
  return Count;
}

// Control: the first throw leaves the client out of the pool.
std::string readGreetingUnreleased(memcached_pool_st *Pool) {
  memcached_return_t Rc;
  memcached_st *Memc = memcached_pool_fetch(Pool, nullptr, &Rc);
  // CHECK: :[[@LINE-1]]:24: warning: 'memcached_pool_fetch' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+8]]:5: note: it leaks when this exception is thrown
  // CHECK: :[[@LINE-3]]:24: note: give it back with 'memcached_pool_release' on every path
  if (Memc == nullptr)
    throw std::runtime_error("memcached pool exhausted");
  size_t Length = 0;
  uint32_t Flags = 0;
  char *Value = memcached_get(Memc, "greeting", 8, &Length, &Flags, &Rc);
  if (Value == nullptr)
    throw std::runtime_error(memcached_strerror(Memc, Rc));
  std::string Greeting(Value, Length);
  free(Value);
  memcached_pool_release(Pool, Memc);
  return Greeting;
}

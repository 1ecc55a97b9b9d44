// A catch handler in the function that takes the lease shows that the
// author expects the try block to throw: a handler that returns without
// giving the lease back loses it, with or without AssumeCallsMayThrow. A
// handler that gives it back and rethrows keeps the pool whole.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s \
// RUN:   -config='{CheckOptions: {resource-unreturned-lease.AssumeCallsMayThrow: true}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <cstdio>
#include <soci/soci.h>

// The handler logs the error and returns with the session leased.
bool deleteOrder(soci::connection_pool &Pool, int Id) {
  std::size_t Pos = Pool.lease();
  // CHECK: :[[@LINE-1]]:21: warning: 'soci::connection_pool::lease' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'deleteOrder' returns here
  // CHECK: :[[@LINE-3]]:21: note: give it back with 'soci::connection_pool::give_back' on every path
  try {
    Pool.at(Pos) << "DELETE FROM orders WHERE id = :id", soci::use(Id);
  } catch (const soci::soci_error &Error) {
    std::fprintf(stderr, "%s\n", Error.what());
    return false;
  }
  Pool.give_back(Pos);
  return true;
}

// Control: the handler gives the session back before rethrowing.
void deleteOrderRethrow(soci::connection_pool &Pool, int Id) {
  std::size_t Pos = Pool.lease();
  try {
    Pool.at(Pos) << "DELETE FROM orders WHERE id = :id", soci::use(Id);
  } catch (...) {
    Pool.give_back(Pos);
    throw;
  }
  Pool.give_back(Pos);
}

// With AssumeCallsMayThrow, a soci statement is several calls that may
// throw (operator<<, the comma operator, soci::use); those that begin at
// the same place get one note between them, not one each.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s \
// RUN:   -config='{CheckOptions: {resource-unreturned-lease.AssumeCallsMayThrow: true}}' \
// RUN:   -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <soci/soci.h>

// The lease is lost if at() or the statement throws soci::soci_error.
void deleteOrder(soci::connection_pool &Pool, int Id) {
  std::size_t Pos = Pool.lease();
  // CHECK: :[[@LINE-1]]:21: warning: 'soci::connection_pool::lease' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+3]]:24: note: it leaks if this call throws
  // CHECK: :[[@LINE+3]]:3: note: it leaks if this call throws
  // CHECK: :[[@LINE+2]]:47: note: it leaks if this call throws
  soci::session &Sql = Pool.at(Pos);
  Sql << "DELETE FROM orders WHERE id = :id", soci::use(Id);
  Pool.give_back(Pos);
}

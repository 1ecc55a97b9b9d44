// A model file given with the global ModelFiles option teaches the check an
// in-house pool: its 'lease' entries name the take calls (a 'raii' take is
// not followed), the give-back call, and through 'of' the leased resource
// whose 'release' is the wrong way to end a lease. Without the file nothing
// is reported.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-acme-kvpool.yaml"}}' \
// RUN:   -- -std=c++17 -isystem %S/Inputs | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -isystem %S/Inputs | %diags | count 0

#include <acme/kvpool.h>

// The dry run returns with the connection borrowed.
int putGreeting(acme::KvPool &Pool, bool DryRun) {
  acme::KvConn *Conn = Pool.borrow();
  // CHECK: :[[@LINE-1]]:24: warning: 'acme::KvPool::borrow' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+3]]:5: note: it leaks when 'putGreeting' returns here
  // CHECK: :[[@LINE-3]]:24: note: give it back with 'acme::KvPool::giveBack' on every path
  if (DryRun)
    return 0;
  int Rc = Conn->put("greeting", "hello");
  Pool.giveBack(Conn);
  return Rc;
}

// The connection is closed as if it had been made with its constructor.
void putOnce(acme::KvPool &Pool) {
  acme::KvConn *Conn = Pool.borrow();
  Conn->put("greeting", "hello");
  Conn->close();
  // CHECK: :[[@LINE-1]]:3: warning: 'acme::KvConn::close' destroys a connection taken from a pool with 'acme::KvPool::borrow'; give it back with 'acme::KvPool::giveBack' instead [resource-unreturned-lease]
  // CHECK: :[[@LINE-4]]:24: note: taken from the pool here
}

// A take that may give NULL: the NULL path is not a leak.
int tryPutGreeting(acme::KvPool &Pool) {
  acme::KvConn *Conn = Pool.tryBorrow(100);
  if (Conn == nullptr)
    return -1;
  int Rc = Conn->put("greeting", "hello");
  Pool.giveBack(Conn);
  return Rc;
}

// The lease class gives back by itself.
int putWithLease(acme::KvPool &Pool, bool DryRun) {
  acme::KvLease Lease(Pool);
  if (DryRun)
    return 0;
  return Lease->put("greeting", "hello");
}

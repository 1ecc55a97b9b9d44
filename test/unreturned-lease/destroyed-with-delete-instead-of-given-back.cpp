// A borrowed connection ended with 'delete' instead of the pool's give-back
// is a wrong release like a call of the leased resource's own release: the
// pool still owns the object and hands out a dangling pointer next.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-acme-kvpool.yaml"}}' \
// RUN:   -- -std=c++17 -isystem %S/Inputs | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <acme/kvpool.h>

// Deletes the connection the pool lent.
void putOnce(acme::KvPool &Pool) {
  acme::KvConn *Conn = Pool.borrow();
  Conn->put("greeting", "hello");
  delete Conn;
  // CHECK: :[[@LINE-1]]:3: warning: 'delete' destroys a connection taken from a pool with 'acme::KvPool::borrow'; give it back with 'acme::KvPool::giveBack' instead [resource-unreturned-lease]
  // CHECK: :[[@LINE-4]]:24: note: taken from the pool here
}

// Control: given back.
void putOnceGivenBack(acme::KvPool &Pool) {
  acme::KvConn *Conn = Pool.borrow();
  Conn->put("greeting", "hello");
  Pool.giveBack(Conn);
}

// SOCI against Debian's headers and libsoci_core: a session opened for every
// order of a batch, a session made with new and lost on an error path, a
// connection_pool lease not given back when its session is disconnected,
// and silent shapes. The fixed file compiles and links against libsoci_core; only the
// lease warning, which has no fix, remains.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{soci} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{soci} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{soci} %t.cpp -o %t.exe %libs{soci}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{soci} \
// RUN:   | %diags | FileCheck --check-prefix=REFIXED %s \
// RUN:       --implicit-check-not='{{warning|note|error}}:'

#include <soci/soci.h>

#include <iostream>
#include <string>
#include <vector>

static const char *const Backend = "postgresql";
static const char *const ConnectString = "host=127.0.0.1 dbname=app";

// Per order: every order opens its own database connection.
void shipOrders(const std::vector<int> &Orders) {
  for (int Order : Orders) {
    soci::session Sql(Backend, ConnectString);
    // CHECK: :[[@LINE-1]]:19: warning: 'soci::session' is constructed on every iteration of this loop; each construction opens a new database connection [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:19: note: 'soci::session' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    Sql << "UPDATE orders SET shipped = true WHERE id = :id", soci::use(Order);
  }
}

// Missing release: the session is lost when the ping fails.
soci::session *openChecked() {
  auto *Sql = new soci::session(Backend, ConnectString);
  // CHECK: :[[@LINE-1]]:19: warning: 'new' acquires a 'soci::session' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'openChecked' returns here
  // CHECK: :[[@LINE-3]]:19: note: release it with 'delete' before that return
  int One = 0;
  *Sql << "SELECT 1", soci::into(One);
  if (One != 1)
    return nullptr;
  return Sql;
}

// Lease: the position is not given back when its session is disconnected.
int countOrders(soci::connection_pool &Pool) {
  std::size_t Position = Pool.lease();
  // CHECK: :[[@LINE-1]]:26: warning: 'soci::connection_pool::lease' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'countOrders' returns here
  // CHECK: :[[@LINE-3]]:26: note: give it back with 'soci::connection_pool::give_back' on every path
  soci::session &Sql = Pool.at(Position);
  if (!Sql.is_connected())
    return -1;
  int Count = 0;
  Sql << "SELECT count(*) FROM orders", soci::into(Count);
  Pool.give_back(Position);
  return Count;
}

// Negative: a session built on the pool gives its connection back itself.
int countCustomers(soci::connection_pool &Pool) {
  soci::session Sql(Pool);
  int Count = 0;
  Sql << "SELECT count(*) FROM customers", soci::into(Count);
  return Count;
}

int main(int Argc, char **) {
  if (Argc > 1) {
    soci::connection_pool Pool(2);
    for (std::size_t I = 0; I != 2; ++I)
      Pool.at(I).open(Backend, ConnectString);
    shipOrders({1});
    delete openChecked();
    std::cout << countOrders(Pool) << countCustomers(Pool) << "\n";
  }
}

// FIXED: {{^}}// One 'soci::session' per thread, reused by every call on that thread.{{$}}
// FIXED-NEXT: {{^}}static soci::session &threadLocalSession() {{{$}}
// FIXED-NEXT: {{^}}  thread_local soci::session Instance(Backend, ConnectString);{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    soci::session &Sql = threadLocalSession();{{$}}
// FIXED: {{^}}    { delete Sql; return nullptr; }{{$}}

// REFIXED: .cpp:{{[0-9]+}}:26: warning: 'soci::connection_pool::lease' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
// REFIXED: .cpp:{{[0-9]+}}:5: note: it leaks when 'countOrders' returns here
// REFIXED: .cpp:{{[0-9]+}}:26: note: give it back with 'soci::connection_pool::give_back' on every path

// libpqxx 6 against Debian's headers and libpqxx: a pqxx::connection built
// in every gRPC-style handler call through a template, one made with new
// and never deleted, and silent shapes. The fixed file compiles, links
// against libpqxx and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{libpqxx} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{libpqxx} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{libpqxx} %t.cpp -o %t.exe %libs{libpqxx}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{libpqxx} \
// RUN:   | %diags | count 0

#include <pqxx/pqxx>

#include <iostream>
#include <string>
#include <vector>

static const char *const ConnInfo = "host=127.0.0.1 dbname=app";

// Per item: the price of every item is read on a new connection.
long totalPrice(const std::vector<std::string> &Items) {
  long Total = 0;
  for (const std::string &Item : Items) {
    pqxx::connection Conn(ConnInfo);
    // CHECK: :[[@LINE-1]]:22: warning: 'pqxx::connection' is constructed on every iteration of this loop; each construction opens a new PostgreSQL connection, for which the server starts a new backend process [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:22: note: 'pqxx::connection' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    pqxx::work Tx(Conn);
    pqxx::row Row = Tx.exec1("SELECT price FROM items WHERE name = " +
                             Tx.quote(Item));
    Total += Row[0].as<long>();
  }
  return Total;
}

// Missing release: a heap connection dropped on the error path.
pqxx::connection *openChecked() {
  auto *Conn = new pqxx::connection(ConnInfo);
  // CHECK: :[[@LINE-1]]:20: warning: 'new' acquires a 'pqxx::connection' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+3]]:5: note: it leaks when 'openChecked' returns here
  // CHECK: :[[@LINE-3]]:20: note: release it with 'delete' before that return
  if (!Conn->is_open())
    return nullptr;
  return Conn;
}

// Negative: one connection for the batch, the transaction per item.
long totalPriceShared(const std::vector<std::string> &Items) {
  pqxx::connection Conn(ConnInfo);
  long Total = 0;
  for (const std::string &Item : Items) {
    pqxx::work Tx(Conn);
    Total += Tx.exec1("SELECT price FROM items WHERE name = " + Tx.quote(Item))[0]
                 .as<long>();
  }
  return Total;
}

int main(int Argc, char **) {
  if (Argc > 1) {
    std::cout << totalPrice({"tea"}) << totalPriceShared({"tea"}) << "\n";
    delete openChecked();
  }
}

// FIXED: {{^}}// One 'pqxx::connection' per thread, reused by every call on that thread.{{$}}
// FIXED-NEXT: {{^}}static pqxx::connection &threadLocalConnection() {{{$}}
// FIXED-NEXT: {{^}}  thread_local pqxx::connection Instance(ConnInfo);{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    pqxx::connection &Conn = threadLocalConnection();{{$}}
// FIXED: {{^}}    { delete Conn; return nullptr; }{{$}}

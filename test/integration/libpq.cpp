// libpq against Debian's headers and libpq: a connection per message of a
// consumer loop, one leaked when the connection fails (PQfinish is needed
// even then), PQsetdb (a macro over PQsetdbLogin), and silent shapes. The
// fixed file compiles, links against libpq and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{libpq} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{libpq} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{libpq} %t.cpp -o %t.exe %libs{libpq}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{libpq} \
// RUN:   | %diags | count 0

#include <libpq-fe.h>

#include <cstdio>
#include <string>
#include <vector>

#define APP_CONNINFO "host=127.0.0.1 dbname=app connect_timeout=2"

// Per message: every audit record opens its own connection.
void storeAuditRecords(const std::vector<std::string> &Records) {
  for (const std::string &Record : Records) {
    PGconn *Conn = PQconnectdb(APP_CONNINFO);
    // CHECK: :[[@LINE-1]]:20: warning: 'PQconnectdb' creates a new 'PGconn' on every iteration of this loop; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:20: note: 'PGconn' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    const char *Params[] = {Record.c_str()};
    PQclear(PQexecParams(Conn, "INSERT INTO audit VALUES ($1)", 1, nullptr,
                         Params, nullptr, nullptr, 0));
    PQfinish(Conn);
  }
}

// Missing release: a failed connection still has to be finished.
int countUsers() {
  PGconn *Conn = PQsetdb("127.0.0.1", "5432", nullptr, nullptr, "app");
  // CHECK: :[[@LINE-1]]:18: warning: 'PQsetdbLogin' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  // CHECK: {{.*}}libpq-fe.h:296:2: note: expanded from macro 'PQsetdb'
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'countUsers' returns here
  // CHECK: :[[@LINE-4]]:18: note: release it with 'PQfinish' before that return
  // CHECK: {{.*}}libpq-fe.h:296:2: note: expanded from macro 'PQsetdb'
  // CHECK: :[[@LINE-6]]:18: note: 'PQsetdbLogin' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
  // CHECK: {{.*}}libpq-fe.h:296:2: note: expanded from macro 'PQsetdb'
  if (PQstatus(Conn) != CONNECTION_OK)
    return -1;
  PGresult *Res = PQexec(Conn, "SELECT count(*) FROM users");
  int Count = PQresultStatus(Res) == PGRES_TUPLES_OK
                  ? std::atoi(PQgetvalue(Res, 0, 0))
                  : -1;
  PQclear(Res);
  PQfinish(Conn);
  return Count;
}

// Negative: a connection the caller owns, passed in.
bool touchSession(PGconn *Conn, const char *Id) {
  const char *Params[] = {Id};
  PGresult *Res = PQexecParams(Conn, "UPDATE sessions SET seen = now() "
                                     "WHERE id = $1",
                               1, nullptr, Params, nullptr, nullptr, 0);
  bool Ok = PQresultStatus(Res) == PGRES_COMMAND_OK;
  PQclear(Res);
  return Ok;
}

// Negative: one connection for the whole batch, finished on every path.
int touchAll(const std::vector<std::string> &Ids) {
  PGconn *Conn = PQconnectdb(APP_CONNINFO);
  if (PQstatus(Conn) != CONNECTION_OK) {
    PQfinish(Conn);
    return -1;
  }
  int Touched = 0;
  for (const std::string &Id : Ids)
    Touched += touchSession(Conn, Id.c_str());
  PQfinish(Conn);
  return Touched;
}

int main(int Argc, char **) {
  if (Argc > 1) {
    storeAuditRecords({"login"});
    std::printf("%d %d\n", countUsers(), touchAll({"s1"}));
  }
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}// One 'PGconn' per thread, reused by every call on that thread and{{$}}
// FIXED-NEXT: {{^}}// released when the thread ends.{{$}}
// FIXED-NEXT: {{^}}static PGconn *threadLocalPGconn() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<PGconn, decltype(&PQfinish)> Instance({{$}}
// FIXED-NEXT: {{^}}      PQconnectdb(APP_CONNINFO), &PQfinish);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    PGconn *Conn = threadLocalPGconn();{{$}}
// FIXED: {{^}}    { PQfinish(Conn); return -1; }{{$}}

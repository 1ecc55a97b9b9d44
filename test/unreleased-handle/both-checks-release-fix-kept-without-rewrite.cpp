// With resource-per-call-client enabled too, the release is left out only
// for handles that the per-call rewrite replaces. When that check does not
// rewrite the acquisition (a cheap handle it does not report, or a report
// with no automatic fix), the release note keeps its fix, and
// --fix --fix-notes closes the leak.
// RUN: %tidy -checks='-*,resource-per-call-client,resource-unreleased-handle' \
// RUN:   %s -- -std=c++17 -I/usr/include/postgresql | %diags > %t.diags
// clang-tidy 19 orders warnings at one location by check name, later majors
// by message; so each check's warnings, each followed by its notes, are
// checked apart, and the count pins that there is nothing else.
// RUN: FileCheck %s --check-prefix=LEAK < %t.diags
// RUN: FileCheck %s --check-prefix=PERCALL < %t.diags
// RUN: count 11 < %t.diags
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client,resource-unreleased-handle' \
// RUN:   --fix --fix-notes %t.cpp -- -std=c++17 -I/usr/include/postgresql
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only -I/usr/include/postgresql %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' %t.cpp -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags | count 0

#include <httplib.h>
#include <libpq-fe.h>
#include <sqlite3.h>

static PGconn *Shop;

// A PGresult per request is cheap: resource-per-call-client does not
// report it, so nothing replaces it.
static void handlePrice(const httplib::Request &, httplib::Response &Res) {
  PGresult *Result = PQexec(Shop, "SELECT price FROM items LIMIT 1");
  // LEAK: :[[@LINE-1]]:22: warning: 'PQexec' acquires a 'PGresult' that is not released on every path [resource-unreleased-handle]
  // LEAK-NEXT: :[[@LINE+5]]:5: note: it leaks when 'handlePrice' returns here
  // LEAK-NEXT: :[[@LINE-3]]:22: note: release it with 'PQclear' before that return
  // LEAK-NEXT: :[[@LINE-4]]:22: note: 'PQexec' gives a 'PGresult' even when it fails; it must be released on error paths too (with 'PQclear')
  if (PQresultStatus(Result) != PGRES_TUPLES_OK) {
    Res.status = 500;
    return;
  }
  Res.set_content(PQgetvalue(Result, 0, 0), "text/plain");
  PQclear(Result);
}

// sqlite3_open is reported per request, but with no automatic fix (its
// handle comes through an out-parameter).
static void handleCount(const httplib::Request &, httplib::Response &Res) {
  sqlite3 *Db = nullptr;
  if (sqlite3_open("/var/lib/shop/cache.db", &Db) != SQLITE_OK) {
    // LEAK: :[[@LINE-1]]:7: warning: 'sqlite3_open' acquires a 'sqlite3' that is not released on every path [resource-unreleased-handle]
    // LEAK-NEXT: :[[@LINE+7]]:5: note: it leaks when 'handleCount' returns here
    // LEAK-NEXT: :[[@LINE-3]]:7: note: release it with 'sqlite3_close' before that return
    // LEAK-NEXT: :[[@LINE-4]]:7: note: 'sqlite3_open' gives a 'sqlite3' even when it fails; it must be released on error paths too (with 'sqlite3_close')
    // PERCALL: :[[@LINE-5]]:7: warning: 'sqlite3_open' creates a new 'sqlite3' on every call to 'handleCount'; each one opens the database file again and starts with an empty page cache and no prepared statements [resource-per-call-client]
    // PERCALL-NEXT: :[[@LINE+13]]:3: note: 'handleCount' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // PERCALL-NEXT: :[[@LINE-7]]:7: note: no automatic fix: it is returned through an out-parameter
    Res.status = 500;
    return;
  }
  Res.set_content(std::to_string(sqlite3_total_changes(Db)), "text/plain");
  sqlite3_close(Db);
}

int main() {
  Shop = PQconnectdb("dbname=shop");
  httplib::Server Server;
  Server.Get("/price", handlePrice);
  Server.Get("/count", handleCount);
  Server.listen("127.0.0.1", 8080);
}

// FIXED: {{^}}    Res.status = 500;{{$}}
// FIXED-NEXT: {{^}}    PQclear(Result);{{$}}
// FIXED-NEXT: {{^}}    return;{{$}}
// FIXED: {{^}}    Res.status = 500;{{$}}
// FIXED-NEXT: {{^}}    sqlite3_close(Db);{{$}}
// FIXED-NEXT: {{^}}    return;{{$}}

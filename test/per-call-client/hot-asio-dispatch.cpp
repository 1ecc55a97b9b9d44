// A function given to boost::asio::dispatch runs once per dispatched task: a
// SQLite database opened in it is opened for every task.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <boost/asio.hpp>
#include <sqlite3.h>

// The hit counter opens the database file again for every dispatched task.
static void countHit() {
  sqlite3 *Db = nullptr;
  sqlite3_open("hits.db", &Db);
  // CHECK: :[[@LINE-1]]:3: warning: 'sqlite3_open' creates a new 'sqlite3' on every call to 'countHit'; each one opens the database file again and starts with an empty page cache and no prepared statements [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:3: note: 'countHit' is registered with 'boost::asio::dispatch' here as an Asio completion handler
  // CHECK: :[[@LINE-3]]:3: note: no automatic fix: it is returned through an out-parameter
  sqlite3_exec(Db, "UPDATE hits SET n = n + 1", nullptr, nullptr, nullptr);
  sqlite3_close(Db);
}

void dispatchHit(boost::asio::io_context &Io) {
  boost::asio::dispatch(Io, countHit);
}

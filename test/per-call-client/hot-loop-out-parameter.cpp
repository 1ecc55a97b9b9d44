// A SQLite database opened through an out-parameter in a loop body is opened
// on every iteration, also when the variable that receives it is declared in
// the loop (that variable is not a per-iteration target).
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <sqlite3.h>

// The handle variable lives in the loop body; the file is the same each time.
void recordVisitsOpeningTheFileEachTime(int Visits) {
  for (int I = 0; I < Visits; ++I) {
    sqlite3 *Db = nullptr;
    sqlite3_open("visits.db", &Db);
    // CHECK: :[[@LINE-1]]:5: warning: 'sqlite3_open' creates a new 'sqlite3' on every iteration of this loop; each one opens the database file again and starts with an empty page cache and no prepared statements [resource-per-call-client]
    // CHECK: :[[@LINE-4]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:5: note: no automatic fix: it is returned through an out-parameter
    sqlite3_exec(Db, "INSERT INTO visits DEFAULT VALUES", nullptr, nullptr,
                 nullptr);
    sqlite3_close(Db);
  }
}

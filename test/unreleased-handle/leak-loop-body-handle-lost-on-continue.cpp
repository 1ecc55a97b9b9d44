// A handle declared in a loop body and skipped by 'continue' is lost at the
// end of that iteration: the note points at the 'continue', not at the next
// iteration's acquisition, and the variable is not overwritten (each
// iteration has its own).
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <libpq-fe.h>
#include <string>
#include <vector>

// A failed shard is skipped without PQfinish.
void vacuumShards(const std::vector<std::string> &Shards) {
  for (const std::string &Shard : Shards) {
    PGconn *Db = PQconnectdb(Shard.c_str());
    // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE+3]]:7: note: it leaks when 'Db' goes out of scope here
    // CHECK: :[[@LINE-3]]:18: note: 'PQconnectdb' gives a 'PGconn' even when it fails; it must be released on error paths too (with 'PQfinish')
    if (PQstatus(Db) != CONNECTION_OK)
      continue;
    PQclear(PQexec(Db, "VACUUM"));
    PQfinish(Db);
  }
}

// Control: finished before skipping.
void vacuumShardsFinished(const std::vector<std::string> &Shards) {
  for (const std::string &Shard : Shards) {
    PGconn *Db = PQconnectdb(Shard.c_str());
    if (PQstatus(Db) != CONNECTION_OK) {
      PQfinish(Db);
      continue;
    }
    PQclear(PQexec(Db, "VACUUM"));
    PQfinish(Db);
  }
}

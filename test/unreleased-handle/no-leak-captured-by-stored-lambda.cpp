// A handle captured by a lambda that is stored in a member outlives the
// call: the lambda owns it now. Nothing is reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <functional>
#include <libpq-fe.h>
#include <vector>

class Scheduler {
public:
  // The task finishes the connection when it runs.
  void scheduleCleanup() {
    PGconn *Db = PQconnectdb("dbname=shop");
    if (PQstatus(Db) != CONNECTION_OK) {
      PQfinish(Db);
      return;
    }
    OnShutdown = [Db] {
      PQclear(PQexec(Db, "DELETE FROM sessions"));
      PQfinish(Db);
    };
  }

  // Captured by a task kept in a member container.
  void queueVacuum() {
    PGconn *Db = PQconnectdb("dbname=shop");
    Tasks.push_back([Db]() { PQclear(PQexec(Db, "VACUUM")); PQfinish(Db); });
  }

  // Control: a lambda that only runs during the call does not keep it.
  void vacuumNow() {
    PGconn *Db = PQconnectdb("dbname=shop");
    // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
    // CHECK: :[[@LINE+3]]:3: note: it leaks when 'Scheduler::vacuumNow' ends here
    auto Run = [Db] { PQclear(PQexec(Db, "VACUUM")); };
    Run();
  }

private:
  std::function<void()> OnShutdown;
  std::vector<std::function<void()>> Tasks;
};

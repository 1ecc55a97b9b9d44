// soci::connection_pool::try_lease(Pos, Timeout) returns false when no
// session became free in time; then nothing was leased, so a path on which
// the call returned false is not a leak, whichever way the test is written.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <soci/soci.h>

// Returns early when the pool stays busy.
bool purgeSessions(soci::connection_pool &Pool) {
  std::size_t Pos = 0;
  if (!Pool.try_lease(Pos, 500))
    return false;
  Pool.at(Pos) << "DELETE FROM sessions WHERE expired";
  Pool.give_back(Pos);
  return true;
}

// Works only inside the successful branch.
bool purgeSessionsNested(soci::connection_pool &Pool) {
  std::size_t Pos = 0;
  if (Pool.try_lease(Pos, 500)) {
    Pool.at(Pos) << "DELETE FROM sessions WHERE expired";
    Pool.give_back(Pos);
    return true;
  }
  return false;
}

// Control: the successful path returns without giving the session back.
bool purgeSessionsLost(soci::connection_pool &Pool, bool DryRun) {
  std::size_t Pos = 0;
  if (!Pool.try_lease(Pos, 500))
    return false;
  // CHECK: :[[@LINE-2]]:8: warning: 'soci::connection_pool::try_lease' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'purgeSessionsLost' returns here
  // CHECK: :[[@LINE-4]]:8: note: give it back with 'soci::connection_pool::give_back' on every path
  soci::session &Sql = Pool.at(Pos);
  if (DryRun)
    return true;
  Sql << "DELETE FROM sessions WHERE expired";
  Pool.give_back(Pos);
  return true;
}

// A member reopened through an out-parameter acquisition (sqlite3_open
// writes the new handle into '&Db', model 'value: "*arg1"') holds a new
// handle after the call, just as after an assignment.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <sqlite3.h>

class LocalStore {
public:
  // Closes the database and opens the new file into the same member.
  int switchTo(const char *Path) {
    sqlite3_close(Db);
    return sqlite3_open(Path, &Db);
  }

private:
  sqlite3 *Db = nullptr;
};

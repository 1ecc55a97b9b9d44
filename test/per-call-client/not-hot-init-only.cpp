// A function reached only from initialisation code (called once from main
// through a setup function, or from a global's initialiser) runs once: the
// client it makes is not reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <mariadb/mysql.h>

// The schema is migrated once during start-up.
static void migrateSchema() {
  MYSQL *Db = mysql_init(nullptr);
  if (mysql_real_connect(Db, "localhost", "app", "", "shop", 0, nullptr, 0))
    mysql_query(Db, "CREATE TABLE IF NOT EXISTS orders (id INT)");
  mysql_close(Db);
}

// Start-up runs each step once.
static void initialiseApplication() {
  mysql_library_init(0, nullptr, nullptr);
  migrateSchema();
}

// Seeds the lookup table once, from the initialiser of a global.
static bool seedLookupTable() {
  MYSQL *Db = mysql_init(nullptr);
  bool Ok = mysql_real_connect(Db, "localhost", "app", "", "shop", 0, nullptr,
                               0) != nullptr;
  mysql_close(Db);
  return Ok;
}
static const bool LookupTableSeeded = seedLookupTable();

int main() {
  initialiseApplication();
  return 0;
}

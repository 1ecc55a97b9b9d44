// SOURCE: public GitHub file (DatabaseInterface::getDB of an animal-shelter app; search-index id 22734066392; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - when sqlite3_open fails the function prints the error and returns without sqlite3_close, though sqlite3_open gives a handle even on failure; the normal path finalizes and closes
#include <sqlite3.h>
#include <cstdio>

class DatabaseInterface {
public:
  int getDB();
};

int DatabaseInterface::getDB() {
  sqlite3 *db;
  sqlite3_stmt *stmt = 0;
  char const *sql;
  int rc;
  rc = sqlite3_open("./data.db", &db); // EXPECT-WARN
  if (rc) {
    std::fprintf(stderr, "Can't open database: %s\n", sqlite3_errmsg(db));
    return 0;
  } else {
    std::fprintf(stderr, "Opened databse successfully\n");
  }
  sql = "SELECT * FROM Animals;";
  sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
    std::printf("shelterID: %d\n", sqlite3_column_int(stmt, 0));
  rc = sqlite3_finalize(stmt);
  sqlite3_close_v2(db);
  return 0;
}

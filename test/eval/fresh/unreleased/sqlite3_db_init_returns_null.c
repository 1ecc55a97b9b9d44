// SOURCE: public GitHub file (quiz game db layer, db_init(); search-index id 47230910780; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - on open failure db_init() returns NULL and drops the handle sqlite3_open still allocated; on success it hands the handle to the caller
#include <sqlite3.h>
#include <stdio.h>

sqlite3 *db_init(const char *db_path) {
  sqlite3 *db;
  if (sqlite3_open(db_path, &db)) { // EXPECT-WARN
    fprintf(stderr, "Can't open database: %s\n", sqlite3_errmsg(db));
    return NULL;
  }
  return db;
}

void db_close(sqlite3 *db) {
  if (db) {
    sqlite3_close(db);
  }
}

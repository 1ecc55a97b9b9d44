// SOURCE: public GitHub file (R-tree query tool, printQuery; search-index id 5871649508; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative - a helper closes the database handed to it as a parameter only on a prepare error, right before exit(-1)
#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>

int printQuery(sqlite3 *db, char sql_stmt[]) {
  sqlite3_stmt *stmt;
  int rc = sqlite3_prepare_v2(db, sql_stmt, -1, &stmt, 0);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "Preparation failed: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    exit(-1);
  }
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
    printf("%s\n", sqlite3_column_text(stmt, 0));
  sqlite3_finalize(stmt);
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 2)
    return 1;
  sqlite3 *db;
  if (sqlite3_open(argv[1], &db) != SQLITE_OK)
    return 1;
  printQuery(db, "SELECT id FROM rtree_idx");
  sqlite3_close(db);
  return 0;
}

// SOURCE: public GitHub file BDD_to_struct_patient.c (search-index id 66554600; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - getNbPatient() returns 0 after a failed open and after a failed prepare without closing the database
#include <sqlite3.h>
#include <stdio.h>

#define DB_PATH "model/patients.db"

int getNbPatient() {
  sqlite3 *db;
  char *zErrMsg = 0;
  int rc;
  char *sql;
  sqlite3_stmt *stmt;

  rc = sqlite3_open(DB_PATH, &db); // EXPECT-WARN
  if (rc) {
    fprintf(stderr, "Can't open model: %s\n", sqlite3_errmsg(db));
    return 0;
  } else {
    fprintf(stderr, "Opened database successfully\n");
  }

  sql = "SELECT * FROM patient";
  rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "Prepare error: %s\n", zErrMsg);
    sqlite3_free(zErrMsg);
    return 0;
  }

  rc = 0;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    rc++;
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rc;
}

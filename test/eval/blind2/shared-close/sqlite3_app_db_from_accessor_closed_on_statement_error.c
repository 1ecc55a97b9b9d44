// SOURCE: public GitHub file (a time-tracking app's project repository, project_create()/project_delete() on the database returned by get_db(); search-index id 60814818342; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - the repository functions take the application's one database from the accessor get_db() and close it when a statement fails to prepare or to step, an ordinary recoverable error; every later call of the app gets the closed handle back from get_db(). The accessor is defined in another file, so the handle is not recognised as shared (expected FN, one translation unit); the Project getters with the same shape cut
#include <sqlite3.h>

#include <stdio.h>

typedef int BOOL;
#define TRUE 1
#define FALSE 0

extern sqlite3 *get_db(void);

BOOL project_create(const char *name, const char *customer,
                    float estimated_hours) {
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int rc;
  const char *sql;

  db = get_db();
  if (!db) {
    fprintf(stderr, "Database is not initialized\n");
    return FALSE;
  }

  sql = "INSERT INTO projects (name, customer, estimated_hours, start_date) "
        "VALUES (?, ?, ?, CURRENT_TIMESTAMP);";

  rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "Failed to prepare statement: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db); // EXPECT-WARN
    return FALSE;
  }

  sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text(stmt, 2, customer, -1, SQLITE_STATIC);
  sqlite3_bind_double(stmt, 3, estimated_hours);

  rc = sqlite3_step(stmt);
  if (rc != SQLITE_DONE) {
    fprintf(stderr, "Failed to insert project: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db); // EXPECT-WARN
    return FALSE;
  }

  sqlite3_finalize(stmt);
  return TRUE;
}

BOOL project_delete(int id) {
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int rc;
  const char *sql;

  db = get_db();
  if (!db) {
    fprintf(stderr, "Database is not initialized\n");
    return FALSE;
  }

  sql = "DELETE FROM projects WHERE id = ?;";

  rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "Failed to prepare statement: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db); // EXPECT-WARN
    return FALSE;
  }

  sqlite3_bind_int(stmt, 1, id);

  rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return (rc == SQLITE_DONE);
}

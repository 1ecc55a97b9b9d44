// SOURCE: public GitHub file (SOAP/socket command server, write2db(); search-index id 24090220580; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: positive - the open-failure path and the sqlite3_exec error path both return without sqlite3_close (the uninitialised `if (db == NULL)` guard is in the original)
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MAX_BUF_SIZE 1024
#define dbgprint printf

void write2db(char cmds[]) {
  if (cmds == NULL || strlen(cmds) <= 0)
    return;

  int rc;
  sqlite3 *db;
  if (db == NULL) {
    char buf[MAX_BUF_SIZE] = {0};
    char db_path[MAX_BUF_SIZE] = {0};

    getcwd(buf, sizeof(buf));
    snprintf(db_path, sizeof(db_path), "%s/%s", buf, "commands.db");

    rc = sqlite3_open(db_path, &db); // EXPECT-WARN
    if (rc) {
      dbgprint("%s:%d:%s: %s: %s\n", __FILE__, __LINE__, "Can't open database", sqlite3_errmsg(db), db_path);
      return;
    }
    dbgprint("Opened database successfully\n");
  }

  char *zErrMsg = NULL;
  rc = sqlite3_exec(db, cmds, 0, 0, &zErrMsg);
  if (rc != SQLITE_OK) {
    dbgprint("%s:%d:%s: %s\n", __FILE__, __LINE__, "SQL execute error", zErrMsg);
    sqlite3_free(zErrMsg);
    // close_db();
    return;
  }
  sqlite3_close(db);
}

// SOURCE: public GitHub file (bonfyre-api main: cmd "serve" opens g_db, rc = start_server(port); sqlite3_close(g_db); return rc; search-index id 52915737712; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative - main's "serve" branch closes the global database after the server loop returns, then returns from main
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

static sqlite3 *g_db = NULL;

static sqlite3 *open_db(const char *path) {
  sqlite3 *db = NULL;
  if (sqlite3_open(path, &db) != SQLITE_OK) {
    sqlite3_close(db);
    return NULL;
  }
  return db;
}

static int start_server(int port) {
  printf("listening on %d\n", port);
  return sqlite3_exec(g_db, "SELECT 1", NULL, NULL, NULL) == SQLITE_OK ? 0 : 1;
}

int main(int argc, char **argv) {
  const char *cmd = argc > 1 ? argv[1] : "serve";
  if (strcmp(cmd, "serve") == 0) {
    g_db = open_db("bonfyre.db");
    if (!g_db)
      return 1;
    int rc = start_server(8787);
    sqlite3_close(g_db);
    return rc;
  } else if (strcmp(cmd, "status") == 0) {
    printf("Use 'bonfyre-api serve' to start\n");
    return 0;
  }
  return 1;
}

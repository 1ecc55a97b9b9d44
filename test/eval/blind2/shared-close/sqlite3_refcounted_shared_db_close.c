// SOURCE: public GitHub file (sqlite.c of an embedded power-meter gateway; search-index id 5846711917; the index does not name its repository)
// LIBRARY: sqlite3
// SHAPE: negative - every statement helper opens and closes the file-static database through a reference count kept under a semaphore; sqlite_init() holds the first reference for the life of the process, so closeDatabase() after each statement only decrements and the handle is closed (and reset) when the count reaches zero (table creation and the other readers cut)
#include <semaphore.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#define DATABASE "/var/lib/gateway/gateway.db"

static sqlite3 *g_db = NULL;
static sem_t g_sem_db;
static int g_db_open_count = 0;

static int openDatabase(void) {
  int ret = -1;
  if (g_db != NULL) {
    ret = 0;
  } else {
    if (SQLITE_OK != sqlite3_open(DATABASE, &g_db)) {
      fprintf(stderr, "can't open database %s\n", DATABASE);
      ret = -1;
    } else {
      ret = sqlite3_exec(g_db, "PRAGMA foreign_keys=ON;", NULL, NULL, NULL)
                ? -1
                : 0;
    }
  }
  if (0 == ret) {
    sem_wait(&g_sem_db);
    g_db_open_count++;
    sem_post(&g_sem_db);
  }
  return ret;
}

static void closeDatabase(void) {
  sem_wait(&g_sem_db);
  if (--g_db_open_count > 0) {
    /* other users still hold the database */
  } else {
    if (g_db != NULL) {
      sqlite3_close(g_db);
      g_db_open_count = 0;
      g_db = NULL;
    }
  }
  sem_post(&g_sem_db);
}

int sqlite_init(void) {
  g_db = NULL;
  if (-1 == sem_init(&(g_sem_db), 0, 1))
    return -1;
  if (-1 == openDatabase())
    return -1;
  return 0;
}

int sqlite_execute(char *exec_str) {
  char *errmsg = NULL;
  int ret = -1;

  if (NULL == exec_str || 0 == strlen(exec_str))
    return -1;
  if (-1 == openDatabase()) {
    ret = -2;
  } else {
    ret = sqlite3_exec(g_db, exec_str, NULL, NULL, &errmsg) ? -2 : 0;
    sqlite3_free(errmsg);
    closeDatabase();
  }
  return ret;
}

int table_clear(char *table_name) {
  char sqlite_cmd[256];
  snprintf(sqlite_cmd, sizeof(sqlite_cmd), "DELETE FROM %s;", table_name);
  return sqlite_execute(sqlite_cmd);
}

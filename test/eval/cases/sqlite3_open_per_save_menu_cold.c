// SOURCE: https://github.com/Dakstrum/ProjectStocks/blob/HEAD/src/db/dbsave.c (GetAllSaves/InsertSaveEntry: OpenConnection(&db, DefaultConnection()) ... sqlite3_close(db) once per menu action)
// LIBRARY: sqlite3
// SHAPE: negative - per-call open, but only in menu actions that run once per user click (no loop, no handler registration, no hot caller)
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

char *DefaultConnection(void) { return "blinky.db"; }

int OpenConnection(sqlite3 **db, char *connection_string) {
  if (sqlite3_open_v2(connection_string, db, SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    return -1;
  return 0;
}

int InsertSaveEntry(char *save_name, unsigned int game_seed) {
  int save_id = -1;
  sqlite3 *db;
  char query[512];
  if (OpenConnection(&db, DefaultConnection()) == 0) {
    snprintf(query, sizeof(query), "INSERT INTO Saves (SaveName, RandomSeed) VALUES ('%s', %u)", save_name, game_seed);
    sqlite3_exec(db, query, NULL, NULL, NULL);
    save_id = (int)sqlite3_last_insert_rowid(db);
  }
  sqlite3_close(db);
  return save_id;
}

void OnNewGameClicked(char *save_name) { InsertSaveEntry(save_name, (unsigned)rand()); }

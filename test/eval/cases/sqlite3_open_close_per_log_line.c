// SOURCE: https://github.com/Dakstrum/ProjectStocks/blob/HEAD/src/log.c (earlier version: void Log(const char *str) opens log.db with sqlite3_open_v2, inserts one row and closes - called throughout the game loop)
// LIBRARY: sqlite3
// SHAPE: positive - Log() opens and closes the database for every line; the simulation tick loop logs each step
#include <sqlite3.h>
#include <stdio.h>

void Log(const char *str) {
  sqlite3 *db;
  sqlite3_stmt *res;
  if (sqlite3_open_v2("log.db", &db, SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) { // EXPECT-WARN
    char *logger = "INSERT INTO LOGS (Log) VALUES (@log);";
    if (sqlite3_prepare_v2(db, logger, -1, &res, 0) == SQLITE_OK) {
      sqlite3_bind_text(res, sqlite3_bind_parameter_index(res, "@log"), str, -1, 0);
      sqlite3_step(res);
    }
  }
  sqlite3_finalize(res);
  sqlite3_close(db);
}

void SimulationTick(int steps) {
  char buf[64];
  for (int i = 0; i < steps; i++) {
    snprintf(buf, sizeof(buf), "tick %d", i);
    Log(buf);
  }
}

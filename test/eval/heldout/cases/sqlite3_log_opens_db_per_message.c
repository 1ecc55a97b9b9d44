// SOURCE: github.com/Dakstrum/ProjectStocks src/log.c (Log(const char*) opens log.db with sqlite3_open_v2, inserts one row and closes on every call); the simulation loop that logs each tick is rendered
// LIBRARY: sqlite3
// SHAPE: positive - sqlite3_open_v2 inside a logging helper called from a game loop body
#include <sqlite3.h>
#include <stdio.h>

void Log(const char *str) {
  sqlite3 *db;
  sqlite3_stmt *res = NULL;
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

static int simulate_tick(int t) { return t % 7 == 0; }

int main(void) {
  char line[64];
  for (int tick = 0;; ++tick) {
    if (simulate_tick(tick)) {
      snprintf(line, sizeof line, "stock event at tick %d", tick);
      Log(line);
    }
  }
}

// SOURCE: https://github.com/Dakstrum/ProjectStocks/blob/HEAD/src/log.c (LoggingEntry thread loops every second calling WriteQueue(), which sqlite3_open_v2's log.db each time; src/db/dbutils.c ExecuteTransaction closes it)
// LIBRARY: sqlite3
// SHAPE: positive - thread loop -> WriteQueue opens the database on every pass; released by the callee it is handed to
#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <unistd.h>

typedef struct Vector { void **elements; size_t num_elements; } Vector;
extern Vector *Queue_GetLockFreeVector(void *queue);
extern void FreeVectorPtrElements(Vector *vector);
extern void DeleteVector(Vector *vector);
extern bool ShouldICleanUp(void);

static void *log_queue = NULL;

void InsertMessage(sqlite3 *db, char *message) {
  char *error = NULL;
  sqlite3_exec(db, message, NULL, NULL, &error);
}

void ExecuteTransaction(sqlite3 *db, Vector *vector) {
  sqlite3_exec(db, "BEGIN TRANSACTION", NULL, 0, 0);
  char **messages = (char **)vector->elements;
  for (size_t i = 0; i < vector->num_elements; i++)
    InsertMessage(db, messages[i]);
  sqlite3_exec(db, "END TRANSACTION", NULL, 0, 0);
  sqlite3_close(db);
}

void WriteQueue(void) {
  Vector *vector = Queue_GetLockFreeVector(log_queue);
  sqlite3 *db;
  if (sqlite3_open_v2("log.db", &db, SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) // EXPECT-WARN
    return;
  ExecuteTransaction(db, vector);
  FreeVectorPtrElements(vector);
  DeleteVector(vector);
}

void *LoggingEntry(void *thread, void *arg) {
  (void)thread;
  (void)arg;
  while (!ShouldICleanUp()) {
    sleep(1);
    WriteQueue();
  }
  return NULL;
}

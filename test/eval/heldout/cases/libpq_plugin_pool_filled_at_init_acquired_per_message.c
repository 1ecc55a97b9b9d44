// SOURCE: code search result (repository not shown), a mosquitto broker plugin in C: `typedef struct { PGconn *conn; int busy; } ConnWrapper; ConnWrapper *dbPool; int maxConn; pthread_mutex_t dbPoolMutex ...` - the pool is filled with PQconnectdb at plugin init and a connection is taken/returned under the mutex for every message event; the acquire/release bodies are reconstructed from those declarations
// LIBRARY: libpq
// FLAGS: -I/usr/include/postgresql
// SHAPE: negative - PQconnectdb in an init-time loop storing into a global array; the per-message event handler only acquires and releases a pooled connection
#include <libpq-fe.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  PGconn *conn;
  int busy;
} ConnWrapper;

ConnWrapper *dbPool;
int maxConn;
pthread_mutex_t dbPoolMutex = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t dbPoolCond = PTHREAD_COND_INITIALIZER;

bool init_db_pool(const char *conninfo, int n) {
  maxConn = n;
  dbPool = calloc(n, sizeof(ConnWrapper));
  for (int i = 0; i < maxConn; i++) {
    dbPool[i].conn = PQconnectdb(conninfo);
    if (PQstatus(dbPool[i].conn) != CONNECTION_OK) return false;
    dbPool[i].busy = 0;
  }
  return true;
}

static ConnWrapper *acquire(void) {
  pthread_mutex_lock(&dbPoolMutex);
  for (;;) {
    for (int i = 0; i < maxConn; i++)
      if (!dbPool[i].busy) {
        dbPool[i].busy = 1;
        pthread_mutex_unlock(&dbPoolMutex);
        return &dbPool[i];
      }
    pthread_cond_wait(&dbPoolCond, &dbPoolMutex);
  }
}

static void release(ConnWrapper *w) {
  pthread_mutex_lock(&dbPoolMutex);
  w->busy = 0;
  pthread_cond_signal(&dbPoolCond);
  pthread_mutex_unlock(&dbPoolMutex);
}

int on_message_event(const char *topic, const char *payload) {
  ConnWrapper *w = acquire();
  const char *params[2] = {topic, payload};
  PGresult *res = PQexecParams(w->conn, "INSERT INTO messages(topic, payload) VALUES ($1, $2)", 2, NULL, params, NULL,
                               NULL, 0);
  PQclear(res);
  release(w);
  return 0;
}

extern int next_event(const char **topic, const char **payload);

int main(void) {
  const char *t, *p;
  if (!init_db_pool("host=localhost dbname=mqtt", 8)) return 1;
  while (next_event(&t, &p)) on_message_event(t, p);
  return 0;
}

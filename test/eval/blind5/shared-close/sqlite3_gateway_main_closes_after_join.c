// SOURCE: public GitHub file (search-index id 61431017477; the index does not name its repository): an IoT gateway's main starts a collector and a publisher thread that share the global database, joins both and then closes it
// LIBRARY: sqlite3
// SHAPE: negative - the global database is closed at the end of main, after every thread using it was joined
#include <pthread.h>
#include <sqlite3.h>
#include <stddef.h>

static sqlite3 *g_db;
static volatile int g_running = 1;

static void *collect_thread(void *arg) {
  (void)arg;
  while (g_running)
    sqlite3_exec(g_db, "INSERT INTO samples(v) VALUES(1)", NULL, NULL, NULL);
  return NULL;
}

static void *publish_thread(void *arg) {
  (void)arg;
  while (g_running)
    sqlite3_exec(g_db, "DELETE FROM samples WHERE sent = 1", NULL, NULL, NULL);
  return NULL;
}

int main(void) {
  pthread_t t_collect, t_publish;
  if (sqlite3_open("gateway.db", &g_db) != SQLITE_OK)
    return 1;
  if (pthread_create(&t_collect, NULL, collect_thread, NULL) != 0)
    return 1;
  if (pthread_create(&t_publish, NULL, publish_thread, NULL) != 0) {
    g_running = 0;
    pthread_join(t_collect, NULL);
    return 1;
  }
  pthread_join(t_collect, NULL);
  pthread_join(t_publish, NULL);
  sqlite3_close(g_db);
  return 0;
}

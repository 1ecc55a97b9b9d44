// SOURCE: public GitHub file (an event platform's admin TUI, fetch_stats(): "reuse the cached PGconn rather than open a fresh one every refresh tick ... Connection stays cached -- do NOT call PQfinish"; search-index id 67505745171; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - the refresh function, called from main's loop every few seconds, reuses one file-static connection through a local alias and only resets it when broken; the connection is finished once after the loop in main (ncurses drawing replaced by printf, four of the seven counters cut)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define REFRESH_INTERVAL_SEC 5

typedef struct {
  int db_ok;
  long participant_count;
  long device_count;
  long session_count;
} platform_stats;

static const char *g_db_url = "postgresql://localhost/events";
static PGconn *g_conn = NULL;

static int fetch_stats(platform_stats *out) {
  if (!g_conn) {
    g_conn = PQconnectdb(g_db_url);
  } else if (PQstatus(g_conn) != CONNECTION_OK) {
    PQreset(g_conn);
  }
  if (PQstatus(g_conn) != CONNECTION_OK) {
    out->db_ok = 0;
    return -1;
  }
  out->db_ok = 1;
  PGconn *conn = g_conn;

  PGresult *r;
  r = PQexec(conn, "SELECT COUNT(*) FROM \"Participant\"");
  if (PQresultStatus(r) == PGRES_TUPLES_OK)
    out->participant_count = atol(PQgetvalue(r, 0, 0));
  PQclear(r);

  r = PQexec(conn, "SELECT COUNT(*) FROM \"Device\"");
  if (PQresultStatus(r) == PGRES_TUPLES_OK)
    out->device_count = atol(PQgetvalue(r, 0, 0));
  PQclear(r);

  r = PQexec(conn, "SELECT COUNT(*) FROM \"Session\"");
  if (PQresultStatus(r) == PGRES_TUPLES_OK)
    out->session_count = atol(PQgetvalue(r, 0, 0));
  PQclear(r);

  /* Connection stays cached -- do NOT call PQfinish. */
  return 0;
}

int main(int argc, char *argv[]) {
  if (argc > 1)
    g_db_url = argv[1];

  platform_stats stats = {0};
  time_t last_refresh = 0;
  int ch;

  while ((ch = getchar()) != 'q') {
    time_t now = time(NULL);
    if ((now - last_refresh) >= REFRESH_INTERVAL_SEC) {
      fetch_stats(&stats);
      last_refresh = now;
    }
    printf("participants %ld devices %ld sessions %ld\n",
           stats.participant_count, stats.device_count, stats.session_count);
  }

  if (g_conn)
    PQfinish(g_conn);
  return 0;
}

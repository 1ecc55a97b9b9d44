// SOURCE: public GitHub file of a pg_dump derivative (search-index id 8470959227; exit_nicely, dumpClasses_nodumpData; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - (hard) the dump tool's error helper finishes the process's one connection and then calls exit(1): nothing runs after the release, so the global left pointing at the finished PGconn is never used; the helper's name has 'exit', which is not a shutdown word
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

static PGconn *g_conn;
static bool g_verbose;

static void write_msg(const char *modulename, const char *msg) {
  (void)modulename;
  fputs(msg, stderr);
}

void exit_nicely(void) {
  PQfinish(g_conn);
  if (g_verbose)
    write_msg(NULL, "*** aborted because of error\n");
  exit(1);
}

/* Dumps one table with COPY; any error ends the run. */
static int dumpClasses_nodumpData(const char *copy_cmd) {
  PGresult *res = PQexec(g_conn, copy_cmd);
  if (!res || PQresultStatus(res) != PGRES_COPY_OUT) {
    write_msg(NULL, PQerrorMessage(g_conn));
    exit_nicely();
  }
  PQclear(res);
  return 1;
}

int main(int argc, char **argv) {
  g_conn = PQconnectdb(argc > 1 ? argv[1] : "dbname=postgres");
  if (PQstatus(g_conn) != CONNECTION_OK)
    exit_nicely();
  dumpClasses_nodumpData("COPY public.t TO stdout");
  PQfinish(g_conn);
  return 0;
}

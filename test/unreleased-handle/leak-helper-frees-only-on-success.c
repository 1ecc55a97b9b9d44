// A connection handed to a cleanup helper that returns early on a failed
// query without finishing it leaks on that path: the helper returns
// nothing, so its caller cannot know. No fix is offered: the missing
// release is in the helper. A helper that tells its caller (by its result)
// is not reported, and the caller's own release after it is no second one.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -x c -std=gnu11 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -export-fixes=%t.yaml \
// RUN:   -- -x c -std=gnu11 -I/usr/include/postgresql > /dev/null
// RUN: not grep -q 'ReplacementText' %t.yaml

#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>

static void finish_report(PGconn *conn, PGresult *res) {
  if (PQresultStatus(res) != PGRES_TUPLES_OK) {
    fprintf(stderr, "report failed: %s", PQerrorMessage(conn));
    PQclear(res);
    return;
  }
  printf("%s\n", PQgetvalue(res, 0, 0));
  PQclear(res);
  PQfinish(conn);
}

void report(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' acquires a 'PGconn' that is not released on every path [resource-unreleased-handle]
  finish_report(conn, PQexec(conn, "SELECT count(*) FROM orders"));
  // CHECK: :[[@LINE-1]]:3: note: 'finish_report' releases it only on some paths
  // CHECK: :[[@LINE-12]]:5: note: it leaks when 'finish_report' returns here
}

// Control: the helper says whether it finished the connection.
static bool finish_if_done(PGconn *conn, PGresult *res) {
  if (PQresultStatus(res) != PGRES_TUPLES_OK) {
    PQclear(res);
    return false;
  }
  PQclear(res);
  PQfinish(conn);
  return true;
}

void report_told(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  if (!finish_if_done(conn, PQexec(conn, "SELECT 1")))
    PQfinish(conn);
}

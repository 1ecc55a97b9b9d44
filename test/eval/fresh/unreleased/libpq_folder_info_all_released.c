// SOURCE: public GitHub file db_utils.c (folder sync, store_folder_info(); search-index id 9354146497; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - PQfinish on the failed connect; PQclear + PQfinish on the failed INSERT and on the normal path
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <time.h>

void store_folder_info(const char *name, const char *path, off_t size, time_t last_modified) {
  const char *conninfo = "dbname=folder_sync_db user=folder_sync_admin password=mypassword";
  PGconn *conn = PQconnectdb(conninfo);

  if (PQstatus(conn) != CONNECTION_OK) {
    fprintf(stderr, "Connection to db failed: %s", PQerrorMessage(conn));
    PQfinish(conn);
    return;
  }

  char query[1024];
  struct tm *lt = localtime(&last_modified);
  char last_modified_str[256];
  strftime(last_modified_str, sizeof(last_modified_str), "%Y-%m-%d %H:%M:%S", lt);

  snprintf(query, sizeof(query),
           "INSERT INTO folder_info (name, path, size, last_modified) VALUES ('%s', '%s', '%ld', '%s')", name, path,
           (long)size, last_modified_str);

  PGresult *response = PQexec(conn, query);

  if (PQresultStatus(response) != PGRES_COMMAND_OK) {
    fprintf(stderr, "INSERT COMMAND FAILED: %s", PQerrorMessage(conn));
    PQclear(response);
    PQfinish(conn);
    return;
  }

  PQclear(response);
  PQfinish(conn);
}

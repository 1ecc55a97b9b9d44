// SOURCE: public GitHub file (db_pg_client.c of db2dhcp, a DHCP server with an SQL backend; search-index id 28514423359; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - each database thread owns a heap cell holding its PGconn; on a fatal query error query_pgsql() finishes the connection through a local copy and immediately stores a new connection into the same cell, so the next query of that thread uses the new one (result conversion cut)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DB_RECONNECT_TIME 5

extern int server_shutdown_flag;

static char *st_host;
static char *st_user;
static char *st_passwd;
static char *st_db_name;
static char *st_port;

static PGconn *make_pg_connection(const char *host, const char *port,
                                  const char *db_name, const char *user,
                                  const char *passwd) {
  PGconn *pg;
  while (1) {
    pg = PQsetdbLogin(host, port, NULL, NULL, db_name, user, passwd);

    if (PQstatus(pg) != CONNECTION_OK) {
      fprintf(stderr, "Connection to database failed: '%s'.\n",
              PQerrorMessage(pg));
      sleep(DB_RECONNECT_TIME);
      if (server_shutdown_flag)
        return NULL;
    } else {
      return pg;
    }
  }
  return NULL;
}

/* Called once by each database thread. */
void *connect_to_db_pgsql(const char *host, const char *user,
                          const char *passwd, const char *db_name,
                          const char *port) {
  st_host = strdup(host);
  st_user = strdup(user);
  st_passwd = strdup(passwd);
  st_db_name = strdup(db_name);
  st_port = strdup(port);

  PGconn **pg_pptr = malloc(sizeof(PGconn *));
  if (!pg_pptr)
    return NULL;
  *pg_pptr = make_pg_connection(host, port, db_name, user, passwd);
  return pg_pptr;
}

void *query_pgsql(void *dbh, const char *sql_st) {
  PGresult *res;
  PGconn **pg_pptr = dbh;
  PGconn *pg = *pg_pptr;

  res = PQexec(pg, sql_st);
  ExecStatusType status = PQresultStatus(res);
  if (status != PGRES_TUPLES_OK) {
    PQclear(res);
    fprintf(stderr, "Error executing SQL statement: '%s'\n",
            PQerrorMessage(pg));

    if (status == PGRES_FATAL_ERROR) {
      PQfinish(pg);
      fprintf(stderr, "Trying reconnect to server...\n");
      *pg_pptr = make_pg_connection(st_host, st_port, st_db_name, st_user,
                                    st_passwd);
    }
    return NULL;
  }
  return res;
}

void disconnect_from_pgsql(void *dbh) { PQfinish(*(PGconn **)dbh); }

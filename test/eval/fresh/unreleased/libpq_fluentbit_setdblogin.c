// SOURCE: https://github.com/fluent/fluent-bit/pull/11700 (plugins/out_pgsql/pgsql_connections.c)
// LIBRARY: libpq
// SHAPE: negative - a failed PQsetdbLogin is PQfinish'ed before returning; the good connection is stored in the connection pool entry (the part after the reviewed lines is reconstructed)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

struct flb_pgsql_config {
  const char *db_hostname, *db_port, *conn_options, *db_name, *db_user, *db_passwd;
};
struct flb_pgsql_conn {
  PGconn *conn;
  int number;
};

static void pgsql_log_conn_error(struct flb_pgsql_config *ctx, const char *what, PGconn *conn) {
  fprintf(stderr, "[out_pgsql] %s failed: %s", what, PQerrorMessage(conn));
}

static struct flb_pgsql_conn *pgsql_create_connection(struct flb_pgsql_config *ctx, int number) {
  PGconn *conn;
  struct flb_pgsql_conn *entry;

  conn = PQsetdbLogin(ctx->db_hostname, ctx->db_port, ctx->conn_options, NULL, ctx->db_name, ctx->db_user,
                      ctx->db_passwd);

  if (PQstatus(conn) != CONNECTION_OK) {
    pgsql_log_conn_error(ctx, "PostgreSQL connection", conn);
    PQfinish(conn);
    return NULL;
  }

  entry = calloc(1, sizeof(*entry));
  if (!entry) {
    PQfinish(conn);
    return NULL;
  }
  entry->conn = conn;
  entry->number = number;
  return entry;
}

// SOURCE: https://github.com/kitinfo/garfield-shell/blob/HEAD/garfield-pos/frontend/pgconn.c (pq_connect stores PQconnectdbParams' result in cfg->conn; pq_close finishes it)
// LIBRARY: libpq
// FLAGS: -I/usr/include/postgresql
// SHAPE: negative - the connection is stored into the caller's DATABASE struct, not dropped; reconnect loop keeps the final one
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>

#define PGRES_SSLMODE "prefer"

typedef struct {
  char *server;
  int port;
  char *db_name;
  char *user;
  char *pass;
  PGconn *conn;
} DATABASE;

bool pq_connect(DATABASE *cfg) {
  char port[10];
  snprintf(port, sizeof(port), "%d", cfg->port);
  char const *keywords[] = {"host", "port", "dbname", "user", "sslmode", (cfg->pass) ? "password" : NULL, NULL};
  char *values[] = {cfg->server, port, cfg->db_name, cfg->user, PGRES_SSLMODE, cfg->pass, NULL};
  cfg->conn = PQconnectdbParams(keywords, (char const **)values, 0);
  if (!cfg->conn) {
    printf("Failed to allocate memory for connection\n");
    return false;
  }
  if (PQstatus(cfg->conn) != CONNECTION_OK) {
    printf("Failed to connect to database server: %s\n", PQerrorMessage(cfg->conn));
    PQfinish(cfg->conn);
    return false;
  }
  return true;
}

void pq_close(DATABASE *db) {
  if (db->conn) {
    printf("Closing database connection\n");
    PQfinish(db->conn);
    db->conn = NULL;
  }
}

/* The POS frontend reconnects until the server is reachable, then keeps cfg->conn. */
int pos_main(DATABASE *cfg) {
  while (!pq_connect(cfg))
    ;
  /* ... serve the terminal with cfg->conn ... */
  pq_close(cfg);
  return 0;
}

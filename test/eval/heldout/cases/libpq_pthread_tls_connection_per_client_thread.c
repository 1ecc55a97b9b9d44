// SOURCE: github.com/fDero/DCT-Library-Backend backend/src/client_interaction/listen_and_serve.c + backend/src/database_connectivity/db_utils.c (thread-per-client server: client_handler() stores open_db_connection() with pthread_setspecific(db_conn_key, ...) once per client thread and serves keep-alive requests with it; the key's destructor close_db_connection_callback runs PQfinish at thread exit)
// LIBRARY: libpq
// FLAGS: -I/usr/include/postgresql
// SHAPE: negative - connection created once per client thread and stored in pthread TLS (a per-thread cache), reused by every request of the keep-alive loop
#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef PGconn db_conn_t;

char db_conn_info[1024];
pthread_key_t db_conn_key;

void close_db_connection(db_conn_t *conn) { PQfinish(conn); }
void close_db_connection_callback(void *conn) { close_db_connection((db_conn_t *)conn); }

void db_connection_init(void) {
  snprintf(db_conn_info, sizeof db_conn_info, "dbname = %s user = %s host = %s", getenv("POSTGRES_DB"),
           getenv("POSTGRES_USER"), getenv("POSTGRES_HOST"));
  pthread_key_create(&db_conn_key, close_db_connection_callback);
}

db_conn_t *open_db_connection(void) {
  db_conn_t *conn = PQconnectdb(db_conn_info);
  return PQstatus(conn) == CONNECTION_OK ? conn : NULL;
}

static void respond(int sock, const char *request) {
  db_conn_t *conn = (db_conn_t *)pthread_getspecific(db_conn_key);
  PGresult *res = PQexec(conn, "SELECT title FROM Book LIMIT 1");
  const char *body = PQntuples(res) ? PQgetvalue(res, 0, 0) : "";
  (void)request;
  send(sock, body, strlen(body), 0);
  PQclear(res);
}

typedef struct { int socket; } client_t;

void *client_handler(void *client_void_ptr) {
  client_t *client = (client_t *)client_void_ptr;
  pthread_setspecific(db_conn_key, (void *)open_db_connection());
  char buffer[2048];
  while (read(client->socket, buffer, sizeof buffer) > 0) {
    buffer[sizeof buffer - 1] = '\0';
    respond(client->socket, buffer);
    if (!strstr(buffer, "keep-alive")) break;
  }
  close(client->socket);
  free(client);
  pthread_exit(0);
}

void listen_and_serve(int server_socket) {
  while (1) {
    client_t *client = malloc(sizeof(client_t));
    client->socket = accept(server_socket, NULL, NULL);
    pthread_t client_handler_thread;
    pthread_create(&client_handler_thread, NULL, client_handler, client);
    pthread_detach(client_handler_thread);
  }
}

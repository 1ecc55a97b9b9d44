// SOURCE: code search result (repository not shown), a Winsock game/chat server in C: `int server_init(ServerState *s, int port, const char *conninfo) { ... s->db = connect_db(conninfo); ... }` and `void server_run(ServerState *s) { while (1) { SOCKET client_sock = accept(...); ... spawn_client_thread(client, s); } }`; POSIX sockets/pthreads substituted for Winsock
// LIBRARY: libpq
// FLAGS: -I/usr/include/postgresql
// SHAPE: negative - connection made by a helper in server init and stored into the server state struct; the accept loop and client threads only use s->db
#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

typedef struct { int listen_sock; PGconn *db; pthread_mutex_t db_lock; } ServerState;
typedef struct { int sock; int id; } ClientInfo;
typedef struct { ClientInfo *client; ServerState *server; } ThreadArgs;

static PGconn *connect_db(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  if (PQstatus(conn) != CONNECTION_OK) {
    fprintf(stderr, "Connection to database failed: %s", PQerrorMessage(conn));
    PQfinish(conn);
    return NULL;
  }
  return conn;
}

static void *client_thread(void *arg) {
  ThreadArgs *args = arg;
  char buf[512];
  while (recv(args->client->sock, buf, sizeof buf, 0) > 0) {
    pthread_mutex_lock(&args->server->db_lock);
    PGresult *res = PQexec(args->server->db, "SELECT 1");
    PQclear(res);
    pthread_mutex_unlock(&args->server->db_lock);
  }
  close(args->client->sock);
  free(args->client);
  free(args);
  return NULL;
}

int server_init(ServerState *s, int listen_sock, const char *conninfo) {
  s->listen_sock = listen_sock;
  s->db = connect_db(conninfo);
  if (s->db == NULL) return -1;
  pthread_mutex_init(&s->db_lock, NULL);
  return 0;
}

void server_run(ServerState *s) {
  static int next_id = 0;
  while (1) {
    int client_sock = accept(s->listen_sock, NULL, NULL);
    if (client_sock < 0) continue;
    ClientInfo *client = malloc(sizeof *client);
    client->sock = client_sock;
    client->id = next_id++;
    ThreadArgs *args = malloc(sizeof *args);
    args->client = client;
    args->server = s;
    pthread_t t;
    pthread_create(&t, NULL, client_thread, args);
    pthread_detach(t);
  }
}

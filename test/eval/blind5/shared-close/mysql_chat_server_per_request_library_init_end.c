// SOURCE: public GitHub file (search-index id 4593102683; the index does not name its repository): a chat server's per-message SQL functions (_sql_c_req, relay request lookup) each call mysql_library_init, connect, query, and end with mysql_close(conn); mysql_library_end(); they serve client sockets from per-client threads
// LIBRARY: mysql
// SHAPE: positive - a request function run for every message of every client thread ends the client library after its own query; the other client threads are in the middle of their own queries (mysql_library_end is not thread-safe and ends the library for all of them)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>

static int sql_relay_req(int sd, const char *user_id) {
  char query[256];
  int found = 0;
  mysql_library_init(0, NULL, NULL);
  MYSQL *conn = mysql_init(NULL);
  if (!mysql_real_connect(conn, "localhost", "chat", "chat", "chat", 0, NULL,
                          0)) {
    fprintf(stderr, "[%d] connect: %s\n", sd, mysql_error(conn));
    mysql_close(conn);
    return -1;
  }
  snprintf(query, sizeof(query),
           "SELECT relay_req FROM users WHERE id = '%s'", user_id);
  if (mysql_query(conn, query) == 0) {
    MYSQL_RES *result = mysql_store_result(conn);
    found = result && mysql_num_rows(result) > 0;
    mysql_free_result(result);
  }
  mysql_close(conn);
  mysql_library_end(); // EXPECT-WARN
  return found;
}

static void *client_thread(void *arg) {
  int sd = (int)(intptr_t)arg;
  char id[32];
  ssize_t n;
  while ((n = recv(sd, id, sizeof(id) - 1, 0)) > 0) {
    id[n] = '\0';
    int relay = sql_relay_req(sd, id);
    send(sd, relay > 0 ? "1" : "0", 1, 0);
  }
  return NULL;
}

int spawn_client(int sd) {
  pthread_t tid;
  return pthread_create(&tid, NULL, client_thread, (void *)(intptr_t)sd);
}

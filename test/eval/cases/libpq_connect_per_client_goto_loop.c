// SOURCE: https://github.com/RacimRgh/Students_Orientation-Cergy/blob/HEAD/Network/network.c (+ Network/db_connection.c): the accept loop is a backward goto; every client gets PGconn *conn = connectDB(), never PQfinish'ed
// LIBRARY: libpq
// FLAGS: -I/usr/include/postgresql
// SHAPE: positive - per-client connection made in main's accept loop (written with goto) through a connect wrapper
#include <libpq-fe.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define PORT 8080
#define MAX 256
typedef struct sockaddr SA;

void do_exit(PGconn *conn) {
  PQfinish(conn);
  exit(1);
}

PGconn *connectDB(void) {
  PGconn *conn = PQconnectdb("user=postgres password=4588 dbname=test");
  if (PQstatus(conn) == CONNECTION_BAD) {
    fprintf(stderr, "Connection to database failed: %s\n", PQerrorMessage(conn));
    do_exit(conn);
  }
  return conn;
}

int server_func(int sockfd, PGconn *conn) {
  char buff[MAX];
  bzero(buff, sizeof(buff));
  read(sockfd, buff, sizeof(buff));
  PGresult *res = PQexec(conn, "SELECT 1");
  PQclear(res);
  write(sockfd, "OK", 3);
  return 0;
}

int main(void) {
  int sockfd, connfd;
  socklen_t len;
  struct sockaddr_in servaddr, cli;
  sockfd = socket(AF_INET, SOCK_STREAM, 0);
  bzero(&servaddr, sizeof(servaddr));
  servaddr.sin_family = AF_INET;
  servaddr.sin_addr.s_addr = htonl(INADDR_ANY);
  servaddr.sin_port = htons(PORT);
  if ((bind(sockfd, (SA *)&servaddr, sizeof(servaddr))) != 0)
    exit(0);
wait_client:
  if ((listen(sockfd, 5)) != 0)
    exit(0);
  len = sizeof(cli);
  // Connect to database
  PGconn *conn = connectDB(); // EXPECT-WARN
  connfd = accept(sockfd, (SA *)&cli, &len);
  if (connfd < 0)
    exit(0);
  server_func(connfd, conn);
  goto wait_client;
}

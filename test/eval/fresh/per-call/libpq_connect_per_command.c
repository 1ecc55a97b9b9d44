// SOURCE: public GitHub file (mail server db helpers; search-index id 43491622458; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - doOnPostgreWithOutput() opens a new PGconn for every SQL command; login() runs it for each client request (request loop reconstructed)
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

const char *POSTGRES_IP = "postgres";
const int POSTGRES_PORT = 5432;
const char *POSTGRES_USERNAME = "postgres";
const char *POSTGRES_PASSWORD = "password";

typedef struct Session {
  char providedUsername[64];
  char providedPassword[64];
  char name[64];
  int done;
} Session;

int doOnPostgreWithOutput(char *command, PGresult **output) {
  char *conninfo = malloc(256 * sizeof(char));
  sprintf(conninfo, "host=%s port=%d user=%s password=%s dbname=%s", POSTGRES_IP, POSTGRES_PORT, POSTGRES_USERNAME,
          POSTGRES_PASSWORD, POSTGRES_USERNAME);
  PGconn *conn = PQconnectdb(conninfo); // EXPECT-WARN
  if (PQstatus(conn) == CONNECTION_BAD) {
    fprintf(stderr, "Can't connect to Postgres: %s\n", PQerrorMessage(conn));
    PQfinish(conn);
    exit(-1);
  }
  *output = PQexec(conn, command);
  if (PQresultStatus(*output) != PGRES_COMMAND_OK && PQresultStatus(*output) != PGRES_TUPLES_OK) {
    fprintf(stderr, "Failed to execute command: %s with reason %s\n", command, PQresultErrorMessage(*output));
    PQfinish(conn);
    return -1;
  }
  PQfinish(conn);
  return 0;
}

int login(Session *session) {
  PGresult *output = NULL;
  char command[1024];
  snprintf(command, sizeof command, "SELECT * FROM network.user WHERE name = '%s' AND password = '%s';",
           session->providedUsername, session->providedPassword);
  if (doOnPostgreWithOutput(command, &output) == -1)
    return -1;
  if (PQntuples(output) == 0)
    return 0;
  PQclear(output);
  return 1;
}

int read_request(Session *s);

void serve_client(Session *s) {
  while (!s->done) {
    if (read_request(s) > 0)
      login(s);
  }
}

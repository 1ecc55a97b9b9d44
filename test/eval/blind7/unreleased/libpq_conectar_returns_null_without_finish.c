// SOURCE: public GitHub file (constructora MPI program, conectarPostgreSQL; search-index id 10601101231; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - PQsetdbLogin, then 'if (PQstatus(conn) == CONNECTION_OK) return conn; else return NULL;' - the failed PGconn is dropped on the else branch without PQfinish
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>
#include <stdio.h>

PGconn *conectarPostgreSQL(void) {
  PGconn *conn = PQsetdbLogin("127.0.0.1", "5432", NULL, NULL, "constructora", // EXPECT-WARN
                              "postgres", NULL);

  if (PQstatus(conn) == CONNECTION_OK) {
    puts("Conectado exitosamente a PostgreSQL.");
    return conn;
  } else {
    printf("Fallo en la conexion a PostgreSQL.\n");
    return NULL;
  }
}

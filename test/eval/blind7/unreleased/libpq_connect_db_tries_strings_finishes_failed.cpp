// SOURCE: public GitHub file (sales DWH loader, connectDB; search-index id 18839125368; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - a loop over connection strings assigns each PQconnectdb to the same variable; a good connection is returned, a failed one is PQfinish'ed before the next attempt, and nullptr is returned when all fail
// FLAGS: -I/usr/include/postgresql
#include <iostream>
#include <libpq-fe.h>

PGconn *connectDB() {
  const char *connStrings[] = {
      "host=localhost port=5432 dbname=sales_dwh user=postgres password=123456",
      "host=localhost port=5432 dbname=sales_dwh user=postgres",
      "host=localhost port=5432 dbname=sales_dwh"};

  PGconn *conn = nullptr;

  for (const char *connStr : connStrings) {
    conn = PQconnectdb(connStr);
    if (PQstatus(conn) == CONNECTION_OK) {
      std::cout << "Connected using: " << connStr << std::endl;
      return conn;
    }
    PQfinish(conn);
  }

  std::cout << "All connection attempts failed!" << std::endl;
  return nullptr;
}

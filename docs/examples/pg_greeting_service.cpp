// A small line-based service: every line read from stdin is a request that
// names a user; the handler asks PostgreSQL for the greeting and writes it.
// The handler opens a new PostgreSQL connection on every request and never
// closes it, so the server keeps one more backend process per request.
// test/runtime/pg-connections-per-request.sh counts them, then applies
// resource-tidy's fixes and counts again.
//
// Build: clang++ -std=c++17 -I/usr/include/postgresql pg_greeting_service.cpp -lpq
// Run:   printf 'ada\nbob\n' | PG_CONNINFO='host=127.0.0.1 dbname=app' ./a.out
#include <libpq-fe.h>

#include <cstdlib>
#include <iostream>
#include <string>

static const char *connInfoFromEnvironment() {
  const char *ConnInfo = std::getenv("PG_CONNINFO");
  return ConnInfo ? ConnInfo : "dbname=app";
}

// Read once at start-up: the same database for every request.
static const char *const ConnInfo = connInfoFromEnvironment();

// Handles one request: greets the user by name, counting its letters.
static std::string handleGreeting(const std::string &Name) {
  PGconn *Conn = PQconnectdb(ConnInfo);
  if (PQstatus(Conn) != CONNECTION_OK)
    return "ERR cannot reach PostgreSQL";
  const char *Params[] = {Name.c_str()};
  PGresult *Result = PQexecParams(
      Conn, "SELECT 'hello ' || $1::text || ' (' || length($1::text) || ')'",
      1, nullptr, Params, nullptr, nullptr, 0);
  std::string Answer = PQresultStatus(Result) == PGRES_TUPLES_OK
                           ? PQgetvalue(Result, 0, 0)
                           : "ERR query failed";
  PQclear(Result);
  return Answer;
}

int main() {
  std::string Request;
  while (std::getline(std::cin, Request))
    std::cout << handleGreeting(Request) << std::endl;
}

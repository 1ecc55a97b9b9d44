// SOURCE: public GitHub file GatewayDB.cpp (search-index id 18014168311; GatewayDB::ConnectDB, DisConnectDB, UpdateData; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - the gateway's one global connection is finished on both error paths of ConnectDB and left pointing at the finished PGconn: DisConnectDB tests it for NULL and finishes it a second time, UpdateData runs queries on it
// FLAGS: -I/usr/include/postgresql
#include <cstdio>
#include <iostream>
#include <libpq-fe.h>

#define FATAL(msg) (std::cerr << msg << std::endl)

static PGconn *g_pconn = nullptr;

class GatewayDB {
public:
  int ConnectDB(const char *dbaddr, int dbport, const char *dbname,
                const char *dbuser, const char *dbpasswd, int timeout);
  void DisConnectDB();
  int UpdateData(const char *sql);
};

int GatewayDB::ConnectDB(const char *dbaddr, int dbport, const char *dbname,
                         const char *dbuser, const char *dbpasswd,
                         int timeout) {
  char constr[512] = {0};
  std::snprintf(constr, sizeof(constr) - 1,
                "hostaddr='%s' port='%d' dbname='%s' user='%s' password='%s' "
                "connect_timeout=%d",
                dbaddr, dbport, dbname, dbuser, dbpasswd, timeout);

  if ((g_pconn = PQconnectdb(constr)) == nullptr) {
    FATAL("Connect PGDB failed!: " << PQerrorMessage(g_pconn));
    return -1;
  }

  if (PQstatus(g_pconn) != CONNECTION_OK) {
    PQfinish(g_pconn); // EXPECT-WARN
    FATAL("Connect PGDB failed!");
    return -1;
  }

  if (PQsetClientEncoding(g_pconn, "SQL_ASCII") < 0) {
    PQfinish(g_pconn); // EXPECT-WARN
    FATAL("PQsetClientEncoding failed!");
    return -1;
  }

  return 0;
}

void GatewayDB::DisConnectDB() {
  if (nullptr != g_pconn) {
    PQfinish(g_pconn);
    g_pconn = nullptr;
  }
}

int GatewayDB::UpdateData(const char *sql) {
  PGresult *res_update = PQexec(g_pconn, sql);
  if (PQresultStatus(res_update) != PGRES_COMMAND_OK) {
    FATAL("exec update failed: " << PQerrorMessage(g_pconn));
    PQclear(res_update);
    return -1;
  }
  PQclear(res_update);
  return 0;
}

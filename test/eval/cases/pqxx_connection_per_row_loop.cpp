// SOURCE: https://github.com/mysql-net/MySqlConnector/issues/1523 (open a connection per small request in a 10000-iteration loop: 1 minute vs 2 seconds when opened once) - rendered with libpqxx
// LIBRARY: libpqxx
// SHAPE: positive - a connection is opened inside the body of a loop and destroyed at the end of each iteration
#include <pqxx/pqxx>
#include <string>

void call_proc_many_times(const std::string &connStr) {
  for (int i = 0; i < 10000; i++) {
    pqxx::connection connection(connStr); // EXPECT-WARN
    pqxx::nontransaction cmd(connection);
    cmd.exec("SELECT a_proc_that_returns_no_rows()");
  }
}

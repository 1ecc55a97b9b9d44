// SOURCE: rendered from rethinkdb/rethinkdb pull request #5649 review (https://github.com/rethinkdb/rethinkdb/pull/5649): "conn is leased, a ReqlError ... is thrown inside this.run(conn), conn never gets pool.returnConnection(conn)"; written with SOCI, whose statements throw soci::soci_error
// LIBRARY: soci
// SHAPE: positive - a statement that throws soci::soci_error (bad table name, lost server) leaves the function between lease() and give_back(); documented gap: calls that may throw are exits only with AssumeCallsMayThrow, which is off by default
#include <soci/connection-pool.h>
#include <soci/soci.h>
#include <string>

int countRows(soci::connection_pool &pool, const std::string &table) {
  std::size_t pos = pool.lease(); // EXPECT-WARN
  soci::session &sql = pool.at(pos);
  int n = 0;
  sql << "select count(*) from " + table, soci::into(n);
  pool.give_back(pos);
  return n;
}

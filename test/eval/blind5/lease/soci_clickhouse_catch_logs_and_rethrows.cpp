// SOURCE: https://github.com/ericmccarthy7/clickhouse-pool/pull/12 ("Release connection if client query returns an error"; rendered with SOCI)
// LIBRARY: soci
// SHAPE: positive - rendered: a pool helper runs a query on a leased session; the catch handler logs and rethrows, but only the success path gives the position back, so every failing query keeps a session leased (the reported Python bug: the connection was never put back after a query error)
#include <soci/soci.h>
#include <iostream>
#include <string>
#include <vector>

class QueryPool {
public:
  explicit QueryPool(soci::connection_pool &Pool) : Pool(Pool) {}
  std::vector<std::string> fetchNames(const std::string &Table);

private:
  soci::connection_pool &Pool;
};

std::vector<std::string> QueryPool::fetchNames(const std::string &Table) {
  std::size_t Pos = Pool.lease(); // EXPECT-WARN
  soci::session &Sql = Pool.at(Pos);
  std::vector<std::string> Names(100);
  try {
    Sql << "SELECT name FROM " + Table, soci::into(Names);
  } catch (const soci::soci_error &E) {
    std::cerr << "query on " << Table << " failed: " << E.what() << "\n";
    throw;
  }
  Pool.give_back(Pos);
  return Names;
}

// SOURCE: https://github.com/neo4j/neo4j-java-driver/pull/167 ("Resolve issue where pooled connections could leak if exception occurred": returning the session was not in a finally clause, so a throw before it drained the pool; rendered with SOCI's connection_pool)
// LIBRARY: soci
// SHAPE: positive - a position leased from soci::connection_pool; a failed sanity check throws before give_back
#include <soci/soci.h>

#include <stdexcept>
#include <string>

// Runs one statement on a pooled session and hands the session back.
long long countRows(soci::connection_pool &Pool, const std::string &Table) {
  std::size_t Pos = Pool.lease(); // EXPECT-WARN
  soci::session &Sql = Pool.at(Pos);
  if (!Sql.is_connected())
    throw std::runtime_error("pooled session is not connected");
  long long Count = 0;
  Sql << "SELECT COUNT(*) FROM " + Table, soci::into(Count);
  Pool.give_back(Pos);
  return Count;
}

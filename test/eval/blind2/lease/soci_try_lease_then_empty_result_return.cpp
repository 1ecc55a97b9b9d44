// SOURCE: public blog post on SOCI's pool (search-index id 16641209315): "if (!try_lease(pos, 3000)) return; session& sql = g_pool.at(pos); ... g_pool.give_back(pos); -- try_lease and give_back must be used in pairs"; the query part filled in with an early return
// LIBRARY: soci
// SHAPE: positive - after a successful try_lease, a 'no rows' return skips the give_back (the failed-try_lease return above it holds nothing)
#include <soci/connection-pool.h>
#include <soci/soci.h>
#include <string>
#include <vector>

extern soci::connection_pool g_pool;

void list_people(std::vector<std::string> &names) {
  std::size_t pos;
  if (!g_pool.try_lease(pos, 3000)) // EXPECT-WARN
  {
    return;
  }
  soci::session &sql = g_pool.at(pos);
  int count = 0;
  sql << "select count(*) from Person", soci::into(count);
  if (count == 0)
    return;
  names.resize(count);
  sql << "select first_name from Person", soci::into(names);
  g_pool.give_back(pos);
}

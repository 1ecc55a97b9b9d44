// SOURCE: https://github.com/DataAction/AdoNetCore.AseClient/issues/148 ("Pooled connection leak when commands after connection open fail"; rendered with SOCI's connection_pool::try_lease)
// LIBRARY: soci
// SHAPE: positive - try_lease succeeds, the first command reports failure through got_data() and the function returns without give_back
#include <soci/soci.h>

#include <string>

bool loadGreeting(soci::connection_pool &Pool, std::string &Out) {
  std::size_t Pos = 0;
  if (!Pool.try_lease(Pos, 500)) // EXPECT-WARN
    return false;
  soci::session &Sql = Pool.at(Pos);
  Sql << "SELECT greeting FROM settings", soci::into(Out);
  if (!Sql.got_data())
    return false;
  Pool.give_back(Pos);
  return true;
}

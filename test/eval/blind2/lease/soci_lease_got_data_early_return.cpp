// SOURCE: rendered from the FileLink FileService::find_file (public GitHub file, search-index id 66501569158; the index does not name its repository) written with the raw lease/give_back pair instead of its guard class
// LIBRARY: soci
// SHAPE: positive - a position is leased and given back at the end, but the 'not found' return after the query leaves it leased
#include <soci/connection-pool.h>
#include <soci/soci.h>
#include <string>

bool find_file(soci::connection_pool &pool, const std::string &owner_user_id,
               const std::string &file_id, std::string &out_name) {
  std::size_t pos = pool.lease(); // EXPECT-WARN
  soci::session &sql = pool.at(pos);
  sql << "SELECT name FROM files WHERE id = :id AND owner = :owner",
      soci::use(file_id), soci::use(owner_user_id), soci::into(out_name);
  if (!sql.got_data())
    return false;
  pool.give_back(pos);
  return true;
}

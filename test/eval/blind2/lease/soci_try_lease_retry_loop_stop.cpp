// SOURCE: rendered from the public blog post on SOCI's pool (search-index id 16641209315; try_lease with a timeout, give_back in pairs), with the timeout retried until the service stops
// LIBRARY: soci
// SHAPE: negative (hard) - try_lease is retried in a loop; the 'stopping' return inside the loop runs only after a failed try_lease, so nothing is held; after the loop the position is given back on every path (the documented known problem: a failed try_lease is not recognised)
#include <soci/connection-pool.h>
#include <soci/soci.h>
#include <atomic>
#include <string>

extern std::atomic<bool> g_stopping;

bool record_event(soci::connection_pool &pool, const std::string &event) {
  std::size_t pos;
  while (!pool.try_lease(pos, 100)) {
    if (g_stopping.load())
      return false;
  }
  soci::session &sql = pool.at(pos);
  try {
    sql << "insert into events(name) values(:n)", soci::use(event);
  } catch (const soci::soci_error &) {
    pool.give_back(pos);
    return false;
  }
  pool.give_back(pos);
  return true;
}

// SOURCE: rendered from Poco::Data::SessionPool usage (Poco/Data/SessionPool.h: "sessions obtained from the pool are returned when closed or destroyed"), in a per-tenant loop
// LIBRARY: poco
// SHAPE: negative - a Session from SessionPool::get() per iteration; 'continue' and the exception leave through its destructor, which returns it to the pool
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <stdexcept>
#include <string>
#include <vector>

using namespace Poco::Data::Keywords;

int purge_tenants(Poco::Data::SessionPool &pool,
                  const std::vector<std::string> &tenants) {
  int purged = 0;
  for (const std::string &tenant : tenants) {
    Poco::Data::Session session = pool.get();
    if (!session.isConnected())
      continue;
    int rows = 0;
    std::string t = tenant;
    session << "SELECT COUNT(*) FROM audit WHERE tenant = ?", into(rows),
        use(t), now;
    if (rows < 0)
      throw std::runtime_error("bad count for " + tenant);
    session << "DELETE FROM audit WHERE tenant = ?", use(t), now;
    purged += rows;
  }
  return purged;
}

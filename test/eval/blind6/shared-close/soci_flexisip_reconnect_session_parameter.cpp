// SOURCE: https://github.com/BelledonneCommunications/flexisip/blob/master/src/soci-helper.cc (SociHelper::reconnectSession)
// LIBRARY: soci
// SHAPE: negative - the helper closes and reconnects the session it is handed by reference; callers pass the session leased from a soci::connection_pool for their own query, so no other thread uses it meanwhile (the caller is reduced)
#include <soci/soci.h>

#include <exception>
#include <iostream>

namespace flexisip {

void reconnectSession(soci::session &session) {
  try {
    std::cerr << "[SOCI] Trying close/reconnect session\n";
    session.close();
    session.reconnect();
  } catch (std::exception const &e) {
    std::cerr << "[SOCI] reconnectSession error: " << e.what() << "\n";
  }
}

int countRegistrations(soci::connection_pool &pool) {
  soci::session sql(pool);
  int n = 0;
  try {
    sql << "SELECT COUNT(*) FROM registrations", soci::into(n);
  } catch (soci::soci_error const &) {
    reconnectSession(sql);
  }
  return n;
}

} // namespace flexisip

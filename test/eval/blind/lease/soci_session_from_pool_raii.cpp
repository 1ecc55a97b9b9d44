// SOURCE: https://soci.sourceforge.net/doc/master/multithreading/ (SOCI manual: "session sql(pool);" leases a session that is given back when it is destroyed) - rendered as a request function that throws on a missing row
// LIBRARY: soci
// SHAPE: negative - soci::session constructed from the pool gives the connection back in its destructor, on the throw path too
#include <soci/soci.h>

#include <stdexcept>
#include <string>

std::string customerEmail(soci::connection_pool &Pool, int Id) {
  soci::session Sql(Pool);
  std::string Email;
  Sql << "SELECT email FROM customers WHERE id = :id", soci::use(Id),
      soci::into(Email);
  if (!Sql.got_data())
    throw std::out_of_range("no such customer");
  return Email;
}

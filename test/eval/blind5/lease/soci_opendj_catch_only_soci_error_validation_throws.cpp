// SOURCE: https://github.com/OpenIdentityPlatform/OpenDJ/pull/884 (review: "Permit accounting is not exception-safe": the permit is released only in catch (SQLException), an unchecked throw leaks it; rendered with SOCI)
// LIBRARY: soci
// SHAPE: positive - rendered: the handler gives the lease back and rethrows, but only for soci::soci_error; a std::invalid_argument thrown explicitly inside the same try block (a row that fails validation) is not caught there and leaves the function with the position leased
#include <soci/soci.h>
#include <stdexcept>
#include <string>

struct Entry {
  std::string Dn;
  std::string Json;
};

Entry loadEntry(soci::connection_pool &Pool, const std::string &Dn) {
  std::size_t Pos = Pool.lease(); // EXPECT-WARN
  Entry Result;
  try {
    soci::session &Sql = Pool.at(Pos);
    Sql << "SELECT dn, json FROM entries WHERE dn = :dn", soci::use(Dn),
        soci::into(Result.Dn), soci::into(Result.Json);
    if (Result.Json.empty())
      throw std::invalid_argument("entry '" + Dn + "' has no attributes");
  } catch (const soci::soci_error &) {
    Pool.give_back(Pos);
    throw;
  }
  Pool.give_back(Pos);
  return Result;
}

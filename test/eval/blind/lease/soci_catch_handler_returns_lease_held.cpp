// SOURCE: https://github.com/OpenIdentityPlatform/OpenDJ/pull/884 (review: "Permit accounting is not exception-safe ... released only on the happy path or in catch (SQLException)"; rendered with SOCI: the catch handler returns without give_back)
// LIBRARY: soci
// SHAPE: positive - a statement that throws soci::soci_error is caught in the same function; the handler returns -1 with the position still leased
#include <soci/soci.h>

#include <cstdio>
#include <string>

int userAge(soci::connection_pool &Pool, const std::string &Name) {
  std::size_t Pos = Pool.lease(); // EXPECT-WARN
  int Age = -1;
  try {
    Pool.at(Pos) << "SELECT age FROM users WHERE name = :n", soci::use(Name),
        soci::into(Age);
  } catch (const soci::soci_error &E) {
    std::fprintf(stderr, "query failed: %s\n", E.what());
    return -1;
  }
  Pool.give_back(Pos);
  return Age;
}

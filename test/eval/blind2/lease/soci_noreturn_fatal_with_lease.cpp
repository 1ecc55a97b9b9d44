// SOURCE: rendered from the raw SOCI pool pair (public blog post, search-index id 16641209315) in a migration tool whose schema check ends the process
// LIBRARY: soci
// SHAPE: negative - a schema-version mismatch calls the tool's own [[noreturn]] fatal() while the position is leased; every returning path gives it back
#include <soci/connection-pool.h>
#include <soci/soci.h>
#include <cstdio>
#include <cstdlib>

[[noreturn]] static void fatal(const char *msg) {
  std::fprintf(stderr, "migrate: %s\n", msg);
  std::exit(2);
}

int schema_version(soci::connection_pool &pool, int expected) {
  std::size_t pos = pool.lease();
  soci::session &sql = pool.at(pos);
  int version = 0;
  sql << "select version from schema_info", soci::into(version);
  if (version > expected)
    fatal("database schema is newer than this binary");
  pool.give_back(pos);
  return version;
}

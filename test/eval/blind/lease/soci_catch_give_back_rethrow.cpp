// SOURCE: https://github.com/neo4j/neo4j-java-driver/pull/167 (the fix: release in every exit, including the exceptional one; rendered with SOCI's connection_pool and a catch-all that gives back and rethrows)
// LIBRARY: soci
// SHAPE: negative - the catch-all handler gives the position back before rethrowing; the normal path gives it back after the try
#include <soci/soci.h>

#include <string>

void renameUser(soci::connection_pool &Pool, int Id, const std::string &Name) {
  std::size_t Pos = Pool.lease();
  try {
    Pool.at(Pos) << "UPDATE users SET name = :n WHERE id = :i", soci::use(Name),
        soci::use(Id);
  } catch (...) {
    Pool.give_back(Pos);
    throw;
  }
  Pool.give_back(Pos);
}

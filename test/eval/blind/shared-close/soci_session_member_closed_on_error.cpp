// SOURCE: https://github.com/xum07/soci_postgresql src/connect_pool/ConnectPool.cpp (ConnectPool::returnBack closes the pooled soci::session before giving it back) - rendered as a repository class that closes its member session when a statement fails and keeps the object alive
// LIBRARY: soci
// SHAPE: positive - a member soci::session is closed on a failed statement; the object lives on and its next method call uses the closed session
#include <soci/soci.h>

#include <cstdio>
#include <string>

class UserRepository {
public:
  bool rename(int Id, const std::string &Name) {
    try {
      Sql << "UPDATE users SET name = :n WHERE id = :i", soci::use(Name),
          soci::use(Id);
    } catch (const soci::soci_error &E) {
      std::fprintf(stderr, "update failed: %s\n", E.what());
      Sql.close(); // EXPECT-WARN
      return false;
    }
    return true;
  }

private:
  soci::session Sql;
};

// SOURCE: https://github.com/mauricio/postgresql-async/issues/140 ("ConnectionPool leak": an exception thrown for an inactive channel propagates out of use() and giveBack() never runs; rendered with SOCI)
// LIBRARY: soci
// SHAPE: positive - rendered: a use()-style helper leases a session, throws when the session is no longer connected, and gives back only after the work; the throw between lease and give_back drains the pool exactly when the database is down
#include <soci/soci.h>
#include <functional>
#include <stdexcept>

struct DatabaseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void useSession(soci::connection_pool &Pool,
                const std::function<void(soci::session &)> &Work) {
  std::size_t Pos = Pool.lease(); // EXPECT-WARN
  soci::session &Sql = Pool.at(Pos);
  if (!Sql.is_connected())
    throw DatabaseError("channel is inactive");
  Work(Sql);
  Pool.give_back(Pos);
}

// SOURCE: https://github.com/redis/hiredis/issues/446 ("the redis context had been already freed when redisAppendCommand was being called"; rendered with a sqlite3 member of a long-lived store closed on an error path and used by the next call)
// LIBRARY: sqlite3
// SHAPE: positive - a method closes the member database handle when a statement fails and returns; the handle is not reset, so the next call runs on a closed database
#include <sqlite3.h>

#include <cstdio>
#include <string>

class EventStore {
public:
  bool append(const std::string &Json) {
    std::string Sql = "INSERT INTO events(body) VALUES('" + Json + "')";
    char *Err = nullptr;
    if (sqlite3_exec(Db, Sql.c_str(), nullptr, nullptr, &Err) != SQLITE_OK) {
      std::fprintf(stderr, "append failed: %s\n", Err);
      sqlite3_free(Err);
      sqlite3_close(Db); // EXPECT-WARN
      return false;
    }
    return true;
  }

private:
  sqlite3 *Db = nullptr;
};

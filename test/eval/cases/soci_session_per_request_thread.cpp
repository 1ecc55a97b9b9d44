// SOURCE: https://github.com/gocraft/dbr/issues/117 ("When a request comes in and a method is called a new session is created ... leads to too many connections") and https://github.com/apache/cassandra-gocql-driver/issues/93 ("Is every web request supposed to create a new Session?") - rendered with SOCI in a std::thread request loop
// LIBRARY: soci
// SHAPE: positive - each request in the worker loop opens its own soci::session (a new database connection)
#include <soci/soci.h>
#include <string>
#include <thread>

static int handle_request(const std::string &connectString, int id) {
  soci::session sql("postgresql", connectString); // EXPECT-WARN
  std::string name;
  sql << "select name from users where id = :id", soci::into(name), soci::use(id);
  return static_cast<int>(name.size());
}

void start_workers(const std::string &connectString) {
  for (int t = 0; t < 4; ++t)
    std::thread([connectString] {
      for (int id = 0;; ++id)
        handle_request(connectString, id);
    }).detach();
}

// SOURCE: public GitHub file of a mongo-cxx-driver reproduction program (try_acquire on a pool built from a mongodb+srv URI; search-index id 19378254209; the index does not name its repository)
// LIBRARY: mongocxx
// SHAPE: negative - the ping helper try-acquires a client, returns early when the optional is disengaged (nothing was taken), and otherwise runs the command through the entry, which gives the client back when the optional goes out of scope (the program's main made a function; stubs for mongocxx/bsoncxx)
// FLAGS: -Istubs
#include <mongocxx/pool.hpp>
#include <iostream>
#include <string>

int ping_primary(const std::string &uristr) {
  auto pool = mongocxx::pool(mongocxx::uri(uristr));
  auto client = pool.try_acquire();
  if (!client) {
    std::cout << "failed to acquire client" << std::endl;
    return 1;
  }
  auto db = (**client)["db"];
  auto res = db["$cmd"].find_one(bsoncxx::document::make("ping", "1").get_view());
  std::cout << "ping replied: " << (res ? "ok" : "no reply") << std::endl;
  return res ? 0 : 2;
}

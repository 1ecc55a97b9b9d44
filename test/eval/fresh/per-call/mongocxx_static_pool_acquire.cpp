// SOURCE: public GitHub file MD_MongoDBHandler.cpp (static pool definitions; found via the code search, repository not named by the index); pool usage per request as in mongocxx/pool.hpp
// LIBRARY: mongocxx
// SHAPE: negative - the pool is a static member created once; each request leases a client with pool.acquire()
// FLAGS: -I../stubs
#include <mongocxx/client.hpp>
#include <mongocxx/instance.hpp>
#include <mongocxx/pool.hpp>
#include <mongocxx/uri.hpp>

#include <string>

namespace md_handler {
const std::string db_uri = "mongodb://localhost:27017";

class MD_MongoDBHandler {
 public:
  static mongocxx::instance inst;
  static std::string str_uri;
  static mongocxx::uri uri;
  static mongocxx::pool pool;

  bool saveTick(const std::string &json) {
    auto client = pool.acquire();
    auto coll = (*client)["md"]["ticks"];
    coll.insert_one(bsoncxx::from_json(json).view());
    return true;
  }
};

mongocxx::instance MD_MongoDBHandler::inst{};
std::string MD_MongoDBHandler::str_uri = db_uri + "/?minPoolSize=2&maxPoolSize=2";
mongocxx::uri MD_MongoDBHandler::uri{MD_MongoDBHandler::str_uri};
mongocxx::pool MD_MongoDBHandler::pool{MD_MongoDBHandler::uri};
} // namespace md_handler

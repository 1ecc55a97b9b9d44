// SOURCE: code search result (repository not shown), dbphd/mongodb/mongodb.cpp: `std::shared_ptr<mongocxx::pool> MongoDBHandler::m_Pool; mongocxx::pool::entry MongoDBHandler::GetConnection(std::string connstr) { if(!m_Pool) { mongocxx::instance instance{}; m_Pool.reset(new mongocxx::pool(mongocxx::uri(connstr))); } return m_Pool->acquire(); }`; the per-message caller is rendered
// LIBRARY: mongocxx
// FLAGS: -I../stubs
// SHAPE: negative - pool lazily created into a static member on first call, then every call only acquires an entry (a lease returned on destruction)
#include <mongocxx/instance.hpp>
#include <mongocxx/pool.hpp>
#include <mongocxx/uri.hpp>
#include <memory>
#include <string>

class MongoDBHandler {
 private:
  static std::shared_ptr<mongocxx::pool> m_Pool;
 public:
  static mongocxx::pool::entry GetConnection(std::string connstr);
};

std::shared_ptr<mongocxx::pool> MongoDBHandler::m_Pool;

mongocxx::pool::entry MongoDBHandler::GetConnection(std::string connstr) {
  if (!m_Pool) {
    mongocxx::instance instance{};
    m_Pool.reset(new mongocxx::pool(mongocxx::uri(connstr)));
  }
  return m_Pool->acquire();
}

extern bool next_measurement(std::string &json);

int main() {
  std::string json;
  while (next_measurement(json)) {
    auto client = MongoDBHandler::GetConnection("mongodb://localhost:27017/?maxPoolSize=8");
    (*client)["phd"]["samples"].insert_one(bsoncxx::from_json(json).view());
  }
}

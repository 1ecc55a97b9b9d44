// SOURCE: public GitHub file ParentDB.cpp (ad-server loader; search-index id 3404710190; the index does not name its repository)
// LIBRARY: mongocxx
// SHAPE: positive - CampaignLoad() loops over campaigns and calls OfferLoad() for each; OfferLoad() builds a new mongocxx::client every time. CampaignLoad's own client is made once per load (no warning).
// FLAGS: -I../stubs
#include <bsoncxx/json.hpp>
#include <mongocxx/client.hpp>
#include <mongocxx/instance.hpp>
#include <mongocxx/uri.hpp>

#include <string>
#include <vector>

using bsoncxx::builder::basic::document;
using bsoncxx::builder::basic::kvp;
using mongocxx::read_preference;

struct Config {
  std::string mongo_main_url_;
  std::string mongo_main_db_;
};

mongocxx::instance instance{};

class ParentDB {
 public:
  void CampaignLoad(const document &query);
  void OfferLoad(const document &query, const std::string &campaignJson);

 private:
  Config *cfg;
};

void ParentDB::OfferLoad(const document &query, const std::string &campaignJson) {
  mongocxx::client conn{mongocxx::uri{cfg->mongo_main_url_}}; // EXPECT-WARN
  conn.read_preference(read_preference(read_preference::read_mode::k_secondary_preferred));
  auto coll = conn[cfg->mongo_main_db_]["offer"];
  auto cursor = coll.find(query.view());
  std::vector<std::string> items;
  for (auto &&doc : cursor) {
    items.push_back(bsoncxx::to_json(doc));
  }
}

void ParentDB::CampaignLoad(const document &query) {
  mongocxx::client conn{mongocxx::uri{cfg->mongo_main_url_}};
  conn.read_preference(read_preference(read_preference::read_mode::k_secondary_preferred));
  auto coll = conn[cfg->mongo_main_db_]["campaign"];
  auto cursor = coll.find(query.view());

  std::vector<std::string> items;
  for (auto &&doc : cursor) {
    items.push_back(bsoncxx::to_json(doc));
  }
  for (auto i : items) {
    std::string id = i.substr(0, 36);
    if (id.empty())
      continue;
    auto filter = document{};
    filter.append(kvp("campaignId", id));
    OfferLoad(filter, i);
  }
}

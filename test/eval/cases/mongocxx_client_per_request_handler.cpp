// SOURCE: https://github.com/mongodb/motor/pull/324 ("It is a common mistake to create a new client object for every request; this comes at a dire performance cost") and the mongocxx pool.hpp note ("much more efficient to use a pool") - rendered as a cpp-httplib endpoint using mongocxx
// LIBRARY: mongocxx
// FLAGS: -I../stubs
// SHAPE: positive - mongocxx::client constructed from a URI in the request handler
#include <bsoncxx/json.hpp>
#include <httplib.h>
#include <mongocxx/client.hpp>
#include <mongocxx/instance.hpp>
#include <mongocxx/uri.hpp>

int main() {
  mongocxx::instance inst{};
  httplib::Server svr;
  svr.Post("/orders", [](const httplib::Request &req, httplib::Response &res) {
    mongocxx::client conn{mongocxx::uri{"mongodb://localhost:27017"}}; // EXPECT-WARN
    auto orders = conn["shop"]["orders"];
    auto doc = bsoncxx::from_json(req.body);
    res.status = orders.insert_one(doc.view()) ? 201 : 500;
  });
  svr.listen("0.0.0.0", 8080);
}

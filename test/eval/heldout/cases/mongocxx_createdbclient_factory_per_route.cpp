// SOURCE: code search result (repository not shown), db.cpp: `mongocxx::client createDBClient(std::string uri) { mongocxx::uri mongoUri(uri); mongocxx::client client(mongoUri); return client; }`; the route that calls it per request is rendered with cpp-httplib
// LIBRARY: mongocxx
// FLAGS: -I../stubs
// SHAPE: positive - factory returning mongocxx::client by value; the route lambda calls it for every request and drops the client when the lambda returns
#include <bsoncxx/document.hpp>
#include <httplib.h>
#include <mongocxx/client.hpp>
#include <mongocxx/instance.hpp>
#include <mongocxx/uri.hpp>
#include <string>

mongocxx::client createDBClient(std::string uri) {
  mongocxx::uri mongoUri(uri);
  mongocxx::client client(mongoUri);
  return client;
}

int main() {
  mongocxx::instance inst{};
  const std::string uri = "mongodb://localhost:27017";
  httplib::Server svr;
  svr.Post("/events", [&](const httplib::Request &req, httplib::Response &res) {
    mongocxx::client client = createDBClient(uri); // EXPECT-WARN
    auto coll = client["telemetry"]["events"];
    coll.insert_one(bsoncxx::from_json(req.body).view());
    res.status = 201;
  });
  svr.listen("0.0.0.0", 8080);
}

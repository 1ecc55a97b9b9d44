// SOURCE: https://github.com/openpetra/openpetra/issues/268 ("we want to use a new database connection from a pool for each request") and https://github.com/exedealer/pgwire/issues/7 ("Currently it creates new connection per call") - the pre-pool shape rendered with Poco::Data in a Poco HTTPRequestHandler
// LIBRARY: poco
// FLAGS: -DPOCO_NO_AUTOMATIC_LIBS
// SHAPE: positive - handleRequest opens a Poco::Data::Session (new connection) for every request
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

class ReportHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &req, Poco::Net::HTTPServerResponse &resp) override {
    Poco::Data::Session session("PostgreSQL", "host=localhost user=app dbname=app"); // EXPECT-WARN
    int total = 0;
    session << "SELECT count(*) FROM reports", Poco::Data::Keywords::into(total), Poco::Data::Keywords::now;
    resp.send() << req.getURI() << ": " << total;
  }
};

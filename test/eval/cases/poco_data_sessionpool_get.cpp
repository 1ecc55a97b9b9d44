// SOURCE: https://github.com/pocoproject/poco/issues/3956 ("Poco::Data::SessionPool my_pool(...); Poco::Data::Session GetSession() { return my_pool.get(); }" - answer: the session goes back to the pool on destruction)
// LIBRARY: poco
// FLAGS: -DPOCO_NO_AUTOMATIC_LIBS
// SHAPE: negative - global SessionPool; GetSession returns a lease; the request handler uses and drops it
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <string>

#define NUM_OF_POOL_CONNECTIONS 8
static const std::string connectionString = "host=localhost user=app dbname=app";

Poco::Data::SessionPool my_pool("PostgreSQL", connectionString, 1, NUM_OF_POOL_CONNECTIONS);

Poco::Data::Session GetSession() { return my_pool.get(); }

class QueryHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &req, Poco::Net::HTTPServerResponse &resp) override {
    Poco::Data::Session sess = GetSession();
    Poco::Data::Statement sql_query(sess);
    sql_query << "SELECT 1";
    sql_query.execute();
    resp.send() << "ok " << req.getURI();
  }
};

// SOURCE: https://docs.pocoproject.org/current/Poco.Data.SessionPool.html (SessionPool::get returns a Session that goes back to the pool when the last copy is destroyed) - rendered in a Poco HTTP request handler with early returns
// LIBRARY: poco
// SHAPE: negative - Poco::Data::SessionPool::get in a request handler; the returned Session object gives itself back on every path
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <string>

class CountHandler : public Poco::Net::HTTPRequestHandler {
public:
  explicit CountHandler(Poco::Data::SessionPool &Pool) : Pool(Pool) {}

  void handleRequest(Poco::Net::HTTPServerRequest &Request,
                     Poco::Net::HTTPServerResponse &Response) override {
    Poco::Data::Session Session = Pool.get();
    if (!Session.isConnected()) {
      Response.setStatus(Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
      Response.send();
      return;
    }
    int Count = 0;
    Session << "SELECT COUNT(*) FROM visits", Poco::Data::Keywords::into(Count),
        Poco::Data::Keywords::now;
    Response.send() << Count;
  }

private:
  Poco::Data::SessionPool &Pool;
};

// SOURCE: https://github.com/sewenew/redis-plus-plus/issues/3 (sw::redis::Redis *redis = new sw::redis::Redis(config); ping; delete redis - the allocate-use-delete sequence) placed, as in the reporter's service, inside a Poco HTTP request handler
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: positive - Poco HTTPRequestHandler::handleRequest override news and deletes a Redis per request
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <sw/redis++/redis++.h>

class PingHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override {
    (void)request;
    try {
      sw::redis::ConnectionOptions config;
      config.host = "127.0.0.1";
      sw::redis::Redis *redis = new sw::redis::Redis(config); // EXPECT-WARN
      response.send() << redis->ping();
      delete redis;
    } catch (const sw::redis::Error &err) {
      response.setStatus(Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
      response.send() << "redis error: " << err.what();
    }
  }
};

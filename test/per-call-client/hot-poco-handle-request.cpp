// An override of Poco::Net::HTTPRequestHandler::handleRequest runs once per
// request: a Poco Redis client made in it is made for every request.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Redis/Client.h>

class VisitCounter : public Poco::Net::HTTPRequestHandler {
public:
  // Every visit is counted over a new connection to Redis.
  void handleRequest(Poco::Net::HTTPServerRequest &,
                     Poco::Net::HTTPServerResponse &Response) override {
    Poco::Redis::Client Redis("localhost", 6379);
    // CHECK: :[[@LINE-1]]:25: warning: 'Poco::Redis::Client' is constructed on every call to 'VisitCounter::handleRequest'; each construction opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE-4]]:8: note: 'VisitCounter::handleRequest' is an HTTP request handler, run once per request: it overrides 'Poco::Net::HTTPRequestHandler::handleRequest'
    // CHECK: :[[@LINE-3]]:25: note: 'Poco::Redis::Client' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    Response.send() << "counted";
  }
};

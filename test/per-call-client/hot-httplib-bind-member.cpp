// A member function bound with std::bind and registered with
// httplib::Server::Get runs once per request: an httplib::Client made in it
// is made for every request.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <functional>
#include <httplib.h>

class PriceApi {
public:
  // The quote handler opens a client to the pricing service per request.
  void handleQuote(const httplib::Request &, httplib::Response &Res) {
    httplib::Client Pricing("http://pricing:8080");
    // CHECK: :[[@LINE-1]]:21: warning: 'httplib::Client' is constructed on every call to 'PriceApi::handleQuote'; each construction opens a new TCP connection, with a new TLS session for HTTPS, that no later call can reuse [resource-per-call-client]
    // CHECK: :[[@LINE+8]]:5: note: 'PriceApi::handleQuote' is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE-3]]:21: note: 'httplib::Client' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    if (auto Quote = Pricing.Get("/quote"))
      Res.set_content(Quote->body, "application/json");
  }

  void install(httplib::Server &Server) {
    using namespace std::placeholders;
    Server.Get("/quote", std::bind(&PriceApi::handleQuote, this, _1, _2));
  }
};

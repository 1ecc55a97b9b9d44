// Minimal stand-in for Crow (CrowCpp/Crow, include/crow.h): SimpleApp, the CROW_ROUTE macro and
// the route call operator, enough for the cases that use it. Not packaged by Debian.
#pragma once
#pragma GCC system_header
#include <cstdint>
#include <functional>
#include <string>
namespace crow {
struct request { std::string body; std::string url_params_get(const char *) const; };
struct response { response(); response(int code); response(std::string body); response(int code, std::string body); };
class DynamicRule {
public:
  template <typename Func> void operator()(Func &&f) { (void)f; }
};
class SimpleApp {
public:
  DynamicRule &route_dynamic(const std::string &rule);
  SimpleApp &port(std::uint16_t port);
  SimpleApp &multithreaded();
  void run();
};
} // namespace crow
#define CROW_ROUTE(app, url) (app).route_dynamic(url)

// Minimal stand-in for the Crow micro-framework (crow_all.h / crow.h); not packaged by Debian.
// CROW_ROUTE registers the following callable as the handler of a URL rule, as upstream does.
#pragma GCC system_header
#pragma once
#include <functional>
#include <string>
#include <vector>
namespace crow {
struct request { std::string body; std::string url; };
struct response {
  response();
  response(int code);
  response(int code, std::string body);
  response(std::string body);
  void set_header(const std::string &, const std::string &);
  int code;
  std::string body;
};
enum class HTTPMethod { GET, POST, OPTIONS };
class DynamicRule {
 public:
  DynamicRule &methods(HTTPMethod);
  template <typename Func> void operator()(Func &&f) { handlers_.push_back(new Holder<Func>(static_cast<Func &&>(f))); }

 private:
  struct HolderBase { virtual ~HolderBase() {} };
  template <typename F> struct Holder : HolderBase { explicit Holder(F &&f) : f(static_cast<F &&>(f)) {} F f; };
  std::vector<HolderBase *> handlers_;
};
class SimpleApp {
 public:
  DynamicRule &route_dynamic(std::string &&rule);
  SimpleApp &port(unsigned short);
  SimpleApp &multithreaded();
  void run();
};
}  // namespace crow
#define CROW_ROUTE(app, url) app.route_dynamic(url)

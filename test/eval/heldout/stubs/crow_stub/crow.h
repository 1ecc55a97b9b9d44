// Held-out stub of Crow (CrowCpp/Crow), declarations only.
#pragma GCC system_header
#pragma once
#include <functional>
#include <string>
namespace crow {
struct request { std::string url; std::string body; };
struct response {
    response();
    response(int code);
    response(std::string body);
    int code;
    std::string body;
};
class DynamicRule {
public:
    template <typename Func> void operator()(Func &&f) { handler_ = f; }
    std::function<std::string()> handler_;
};
class SimpleApp {
public:
    DynamicRule &route_dynamic(std::string &&rule);
    SimpleApp &port(std::uint16_t port);
    SimpleApp &multithreaded();
    void run();
};
} // namespace crow
#define CROW_ROUTE(app, url) app.route_dynamic(url)

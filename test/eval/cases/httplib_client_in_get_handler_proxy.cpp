// SOURCE: https://github.com/yhirose/cpp-httplib/issues/114 (reverse proxy: svr.Get(".*", ...) builds httplib::Client cli("blog.51cto.com", 80) inside the handler and forwards with cli.send)
// LIBRARY: httplib
// SHAPE: positive - client constructed inside a lambda registered with httplib::Server::Get
#include <httplib.h>

int main() {
  httplib::Server svr;
  svr.Get(".*", [](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli("blog.51cto.com", 80); // EXPECT-WARN
    auto req2 = req;
    httplib::Error err; // 0.11 API: send(Request&, Response&, Error&)
    cli.send(req2, res, err);
  });
  svr.listen("0.0.0.0", 8080);
}

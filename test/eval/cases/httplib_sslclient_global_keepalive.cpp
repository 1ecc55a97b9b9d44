// SOURCE: https://github.com/yhirose/cpp-httplib/issues/887 (answer: one SSLClient cli("google.com") with set_keep_alive(true), created outside, used by svr.Get handler)
// LIBRARY: httplib
// FLAGS: -DCPPHTTPLIB_OPENSSL_SUPPORT
// SHAPE: negative - client created once (before registration) and captured by reference in the handler
#include <httplib.h>

int main() {
  httplib::SSLClient cli("google.com");
  cli.set_keep_alive(true);
  httplib::Server svr;
  svr.Get(".*", [&](const httplib::Request &req, httplib::Response &res) {
    auto googleres = cli.Get(req.path.c_str(), req.headers);
    if (!googleres) {
      res.status = 502;
      return;
    }
    res.set_content(googleres->body, googleres->get_header_value("Content-Type").c_str());
    res.status = googleres->status;
  });
  svr.listen("0.0.0.0", 8080);
}

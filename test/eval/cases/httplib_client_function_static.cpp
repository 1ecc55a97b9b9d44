// SOURCE: https://github.com/yhirose/cpp-httplib/issues/841 (PixlRainbow: "alternatively you may make it a global object") - here the long-lived client is a function-local static inside the handler
// LIBRARY: httplib
// SHAPE: negative - function-local static: constructed on the first request only
#include <httplib.h>

static void handle_compute(const httplib::Request &req, httplib::Response &res) {
  static httplib::Client py("localhost", 5000);
  auto r = py.Post("/compute", req.body, "application/json");
  if (!r) {
    res.status = 502;
    return;
  }
  res.set_content(r->body, "application/json");
}

int main() {
  httplib::Server svr;
  svr.Post("/compute", handle_compute);
  svr.listen("localhost", 1234);
}

// SOURCE: https://github.com/yhirose/cpp-httplib/issues/841 (C++ server's svr.Post handler must call a Python service on localhost:5000; advice: "create a Client ... object within the request handler")
// LIBRARY: httplib
// SHAPE: positive - named handler function registered with Server::Post creates a Client per request
#include <httplib.h>
#include <string>

static void handle_compute(const httplib::Request &req, httplib::Response &res) {
  httplib::Client py("localhost", 5000); // EXPECT-WARN
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

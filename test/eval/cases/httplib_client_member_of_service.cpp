// SOURCE: https://github.com/yhirose/cpp-httplib/issues/841 (maintainer-side answer: "create a Client ... within the request handler, or alternatively you may make it a global object"; here the long-lived object is the server class that owns the handlers)
// LIBRARY: httplib
// SHAPE: negative - client is a data member initialised once in the constructor; handlers registered with lambdas capturing this
#include <httplib.h>
#include <string>

class Gateway {
public:
  Gateway() : upstream_("localhost", 5000) {
    upstream_.set_keep_alive(true);
    svr_.Get("/items", [this](const httplib::Request &, httplib::Response &res) {
      if (auto r = upstream_.Get("/items"))
        res.set_content(r->body, "application/json");
      else
        res.status = 502;
    });
  }
  void run() { svr_.listen("0.0.0.0", 8080); }

private:
  httplib::Client upstream_;
  httplib::Server svr_;
};

int main() {
  Gateway g;
  g.run();
}

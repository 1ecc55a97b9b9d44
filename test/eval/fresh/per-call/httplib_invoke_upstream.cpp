// SOURCE: public GitHub file (cpp service calling a Go service; search-index id 53169723116; the index does not name its repository)
// LIBRARY: httplib
// SHAPE: positive - the GET /invoke handler builds a new httplib::Client to the upstream on every request
#include <httplib.h>

#include <cstdlib>
#include <string>

int main() {
  const char *go_url = std::getenv("GO_SERVICE_URL");
  if (!go_url || !*go_url) {
    go_url = "http://127.0.0.1:8080";
  }

  httplib::Server s;

  s.Get("/invoke", [go_url](const httplib::Request &, httplib::Response &res) {
    httplib::Client cli(go_url); // EXPECT-WARN
    cli.set_connection_timeout(5, 0);
    cli.set_read_timeout(10, 0);
    auto upstream = cli.Get("/");
    if (!upstream) {
      res.status = 502;
      res.set_content("failed to reach go service", "text/plain");
      return;
    }
    if (upstream->status != 200) {
      res.status = 502;
      res.set_content("go returned " + std::to_string(upstream->status), "text/plain");
      return;
    }
    res.status = 200;
    res.set_content(std::string("cpp received: ") + upstream->body, "text/plain");
  });

  s.listen("0.0.0.0", 8081);
  return 0;
}

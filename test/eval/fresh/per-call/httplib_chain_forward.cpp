// SOURCE: public GitHub file ("alpha" service of a tracing chain; search-index id 55851205928; the index does not name its repository)
// LIBRARY: httplib
// SHAPE: positive - GET /chain forwards to the next service through a client constructed inside the handler
#include <httplib.h>

#include <cstdlib>
#include <string>

namespace {
std::string env_or(const char *name, const char *fallback) {
  const char *v = std::getenv(name);
  return (v && *v) ? v : fallback;
}

void copy_trace_headers(const httplib::Request &req, httplib::Headers &out) {
  for (const char *n : {"traceparent", "tracestate", "x-request-id"}) {
    if (req.has_header(n)) {
      out.emplace(n, req.get_header_value(n));
    }
  }
}
} // namespace

int main() {
  const std::string beta_host = env_or("ALPHA_BETA_HOST", "127.0.0.1");
  const int beta_port = std::atoi(env_or("ALPHA_BETA_PORT", "9102").c_str());
  const std::string bind_host = env_or("ALPHA_BIND_HOST", "0.0.0.0");
  const int bind_port = std::atoi(env_or("ALPHA_PORT", "9101").c_str());

  httplib::Server svr;

  svr.Get("/chain", [&](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli(beta_host, beta_port); // EXPECT-WARN
    cli.set_connection_timeout(5, 0);
    cli.set_read_timeout(30, 0);

    httplib::Headers fwd;
    copy_trace_headers(req, fwd);

    auto upstream = cli.Get("/chain", fwd);
    if (!upstream) {
      res.status = 502;
      res.set_content("{\"error\":\"beta_unreachable\"}", "application/json");
      return;
    }
    res.status = upstream->status;
    res.set_content(upstream->body, upstream->get_header_value("Content-Type").c_str());
  });

  svr.listen(bind_host.c_str(), bind_port);
  return 0;
}

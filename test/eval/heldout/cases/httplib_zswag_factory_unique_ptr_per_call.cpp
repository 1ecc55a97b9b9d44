// SOURCE: github.com/ndsev/zswag libs/httpcl/src/http-client.cpp (makeClientAndApplyQuery() returns a new std::unique_ptr<httplib::Client> for every get/post; ndsev/zswag#76 "reinstantiating its httplib-client for each request"); the calling server route is rendered
// LIBRARY: httplib
// FLAGS: -I../stubs
// SHAPE: positive - factory helper returns a fresh unique_ptr<Client> used as a temporary in HttpLibHttpClient::get/post, which run for every request of an httplib::Server route (two calls deep)
#include <httplib.h>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

namespace httpcl {

struct URIComponents {
  std::string scheme, host, path;
  static URIComponents fromStrRfc3986(const std::string &s);
  std::string buildHost() const { return scheme + "://" + host; }
  std::string buildPath() const { return path; }
};

struct Config {
  void apply(httplib::Client &cl) const { (void)cl; }
};

struct Result {
  int status;
  std::string content;
};

}  // namespace httpcl

namespace {

httpcl::Result makeResult(httplib::Result &&result) {
  if (result) return {result->status, std::move(result->body)};
  return {0, {}};
}

auto makeClientAndApplyQuery(httpcl::URIComponents &uri, httpcl::Config const &config,
                             time_t const &timeoutSecs, bool const &sslCertStrict) {
  auto client = std::make_unique<httplib::Client>(uri.buildHost().c_str());
  (void)sslCertStrict;
  client->set_connection_timeout(timeoutSecs);
  client->set_read_timeout(timeoutSecs);
  client->set_follow_location(true);
  config.apply(*client);
  return client;
}

}  // namespace

namespace httpcl {

class HttpLibHttpClient {
 public:
  Result get(const std::string &uriStr, const Config &config);
  Result post(const std::string &uriStr, const std::string &body, const Config &config);

 private:
  time_t timeoutSecs_ = 60;
  bool sslCertStrict_ = false;
};

Result HttpLibHttpClient::get(const std::string &uriStr, const Config &config) {
  auto uri = URIComponents::fromStrRfc3986(uriStr);
  return makeResult(
      makeClientAndApplyQuery(uri, config, timeoutSecs_, sslCertStrict_) // EXPECT-WARN
          ->Get(uri.buildPath()));
}

Result HttpLibHttpClient::post(const std::string &uriStr, const std::string &body,
                               const Config &config) {
  auto uri = URIComponents::fromStrRfc3986(uriStr);
  return makeResult(
      makeClientAndApplyQuery(uri, config, timeoutSecs_, sslCertStrict_) // EXPECT-WARN
          ->Post(uri.buildPath(), body, "application/x-zserio-object"));
}

}  // namespace httpcl

int main() {
  httpcl::HttpLibHttpClient upstream;
  httpcl::Config config;
  httplib::Server svr;
  svr.Get("/tiles", [&](const httplib::Request &req, httplib::Response &res) {
    auto r = upstream.get("http://tiles.internal:8080" + req.path, config);
    res.status = r.status;
    res.body = r.content;
  });
  svr.Post("/layers", [&](const httplib::Request &req, httplib::Response &res) {
    auto r = upstream.post("http://tiles.internal:8080" + req.path, req.body, config);
    res.status = r.status;
  });
  svr.listen("0.0.0.0", 8080);
}

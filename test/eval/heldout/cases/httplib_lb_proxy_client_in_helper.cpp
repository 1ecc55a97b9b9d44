// SOURCE: github.com/Axnjr/Computeflow-ASLB aslb.cpp (load balancer: static request_handler() builds httplib::Client PROXY_CLIENT for every proxied request; called from the svr.Get/Post/Delete/Patch/Put lambdas)
// LIBRARY: httplib
// SHAPE: positive - client built in a helper one call below five route lambdas registered with httplib::Server; dropped at the end of the request
#include <httplib.h>
#include <iostream>
#include <string>
#include <vector>

using namespace httplib;

static std::vector<std::string> IP_POOL = {"172.27.48.1", "172.27.48.2"};
static int CURRENT_IP_POOL_INDEX = 0;

static std::string map_clientIp_to_serverIp(const std::string &ip) {
  (void)ip;
  if (CURRENT_IP_POOL_INDEX >= (int)IP_POOL.size()) CURRENT_IP_POOL_INDEX = 0;
  return IP_POOL[CURRENT_IP_POOL_INDEX++];
}

static void request_handler(const Request &req, Response &res) {
  std::string ip = map_clientIp_to_serverIp(req.remote_addr);
  httplib::Client PROXY_CLIENT("172.27.48.1", 3000); // EXPECT-WARN
  auto op = PROXY_CLIENT.Get(req.path);
  std::cout << "IP:" << ip << op.error() << std::endl;
  res.body = op->body;
  res.status = op->status;
  res.headers = op->headers;
}

int main(void) {
  Server svr;
  svr.Post(".*", [&](const Request &req, Response &res) {
    if (req.path == "/ping") {
      res.status = 200;
    } else {
      request_handler(req, res);
    }
  });
  svr.Get(".*", [](const Request &req, Response &res) {
    if (req.path == "/status/status") {
      res.set_content("{}", "text/json");
      return;
    }
    request_handler(req, res);
  });
  svr.Delete(".*", [](const Request &req, Response &res) { request_handler(req, res); });
  svr.Patch(".*", [](const Request &req, Response &res) { request_handler(req, res); });
  svr.Put(".*", [](const Request &req, Response &res) { request_handler(req, res); });
  svr.listen("localhost", 4000);
  return 0;
}

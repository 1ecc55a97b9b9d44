// SOURCE: public GitHub file (serverless controller forwarding to unix sockets; search-index id 66210883735; the index does not name its repository)
// LIBRARY: httplib
// SHAPE: positive - a factory returns the handler lambda; the lambda builds a new httplib::Client per request. The registration in main is reconstructed (the index excerpt ends before it).
#include <httplib.h>
#include <sys/socket.h>

#include <iostream>
#include <string>
#include <string_view>

constexpr int CONTROLLER_PORT = 8080;

const std::string SOCK_PATH = "/tmp/serverless/";
const std::string USER_SOCK = "user.sock";
const std::string FOLLOWER_SOCK = "follower.sock";

namespace {

httplib::Server::Handler SocketHandler(std::string_view sock_path) {
  return [sock_path](const httplib::Request &req, httplib::Response &res) {
    httplib::Client cli(sock_path.data()); // EXPECT-WARN
    cli.set_address_family(AF_INET);
    auto func_res = cli.Get(req.path, req.headers);
    if (func_res) {
      res.status = func_res->status;
      res.body = func_res->body;
      for (const auto &header : func_res->headers) {
        if (header.first != "Content-Length" && header.first != "Transfer-Encoding") {
          res.set_header(header.first, header.second);
        }
      }
    } else {
      res.status = 502;
    }
  };
}

} // namespace

int main() {
  static const std::string user_sock = SOCK_PATH + USER_SOCK;
  static const std::string follower_sock = SOCK_PATH + FOLLOWER_SOCK;
  httplib::Server svr;
  svr.Get("/user", SocketHandler(user_sock));
  svr.Get("/follower", SocketHandler(follower_sock));
  std::cout << "controller on " << CONTROLLER_PORT << std::endl;
  svr.listen("0.0.0.0", CONTROLLER_PORT);
}

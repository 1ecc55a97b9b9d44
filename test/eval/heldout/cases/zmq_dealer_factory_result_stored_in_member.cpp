// SOURCE: code search result (repository not shown; ichenq "qsf" service framework) core Context.h/Context.cpp (`Context::Context(const std::string& name) : socket_(std::move(qsf::CreateDealer(name))), name_(name) {}`, Recv/Send then use socket_); contexts are created once per service at start-up
// LIBRARY: zmq
// SHAPE: negative - factory helper creates a DEALER socket that is stored into a member unique_ptr by the constructor; the service loop only calls Recv
#include <zmq.hpp>
#include <functional>
#include <memory>
#include <string>

namespace qsf {
zmq::context_t &Context() {
  static zmq::context_t ctx(1);
  return ctx;
}
std::unique_ptr<zmq::socket_t> CreateDealer(const std::string &identity) {
  auto dealer = std::make_unique<zmq::socket_t>(Context(), ZMQ_DEALER);
  dealer->set(zmq::sockopt::routing_id, identity);
  dealer->connect("tcp://127.0.0.1:10086");
  return dealer;
}
}  // namespace qsf

class Context {
 public:
  typedef std::function<void(const std::string &, const std::string &)> HandlerType;
  explicit Context(const std::string &name) : socket_(std::move(qsf::CreateDealer(name))), name_(name) {}
  size_t Recv(const HandlerType &handler, bool dont_wait = false) {
    zmq::message_t from, msg;
    auto flags = dont_wait ? zmq::recv_flags::dontwait : zmq::recv_flags::none;
    if (socket_->recv(from, flags) && socket_->recv(msg, flags)) {
      handler(from.to_string(), msg.to_string());
      return msg.size();
    }
    return 0;
  }
 private:
  std::unique_ptr<zmq::socket_t> socket_;
  std::string name_;
};

int main() {
  Context ctx("gate");
  for (;;) ctx.Recv([](const std::string &, const std::string &) {});
}

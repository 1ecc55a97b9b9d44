// A function or lambda shaped like an HTTP handler but never registered
// anywhere is not frequently invoked: the client it makes is not reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <amqp.h>
#include <httplib.h>

// Has the signature of a cpp-httplib handler, but no Server::Get names it.
void handleUnusedWebhook(const httplib::Request &, httplib::Response &) {
  amqp_connection_state_t Conn = amqp_new_connection();
  amqp_destroy_connection(Conn);
}

// A handler-shaped lambda that is kept in a variable and never registered.
void buildButNeverRegister(httplib::Server &Server) {
  auto Webhook = [](const httplib::Request &, httplib::Response &) {
    amqp_connection_state_t Conn = amqp_new_connection();
    amqp_destroy_connection(Conn);
  };
  (void)Webhook;
  Server.listen("127.0.0.1", 8080);
}

// A rabbitmq-c connection state abandoned when its socket cannot be made
// leaks. It may also be NULL there (amqp_new_connection is not checked) and
// amqp_destroy_connection is not modelled as accepting NULL, so no release
// is offered.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <amqp.h>
#include <amqp_tcp_socket.h>

// The connection state is dropped when the socket fails.
int publishHello(const char *Host) {
  amqp_connection_state_t Conn = amqp_new_connection();
  // CHECK: :[[@LINE-1]]:34: warning: 'amqp_new_connection' acquires a 'amqp_connection_state_t' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+3]]:5: note: it leaks when 'publishHello' returns here
  amqp_socket_t *Socket = amqp_tcp_socket_new(Conn);
  if (Socket == nullptr)
    return -1;
  int Status = amqp_socket_open(Socket, Host, 5672);
  amqp_destroy_connection(Conn);
  return Status == AMQP_STATUS_OK ? 0 : -1;
}

// Control: a NULL-checked state destroyed on every later path.
int publishHelloChecked(const char *Host) {
  amqp_connection_state_t Conn = amqp_new_connection();
  if (Conn == nullptr)
    return -1;
  amqp_socket_t *Socket = amqp_tcp_socket_new(Conn);
  if (Socket == nullptr || amqp_socket_open(Socket, Host, 5672) != 0) {
    amqp_destroy_connection(Conn);
    return -1;
  }
  amqp_destroy_connection(Conn);
  return 0;
}

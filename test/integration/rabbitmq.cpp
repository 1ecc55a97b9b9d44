// rabbitmq-c against Debian's headers and librabbitmq: a connection (with its
// handshake and login) made for every message, one lost when the socket
// cannot be opened, and silent shapes. The fixed file compiles and links
// against librabbitmq; the per-message connection remains: its socket and
// login are made after amqp_new_connection, so no rewrite is offered.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{rabbitmq} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{rabbitmq} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{rabbitmq} %t.cpp -o %t.exe %libs{rabbitmq}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{rabbitmq} \
// RUN:   | %diags | FileCheck --check-prefix=REFIXED %s \
// RUN:       --implicit-check-not='{{warning|note|error}}:'

#include <amqp.h>
#include <amqp_tcp_socket.h>

#include <string>
#include <vector>

#define BROKER_HOST "127.0.0.1"
#define BROKER_PORT 5672

// Opens the socket and logs in as the service's user.
static bool login(amqp_connection_state_t Conn) {
  amqp_socket_t *Socket = amqp_tcp_socket_new(Conn);
  if (Socket == nullptr || amqp_socket_open(Socket, BROKER_HOST, BROKER_PORT))
    return false;
  return amqp_login(Conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest",
                    "guest")
             .reply_type == AMQP_RESPONSE_NORMAL;
}

// Per message: a new connection, handshake and login for every message.
void publishAll(const std::vector<std::string> &Messages) {
  for (const std::string &Message : Messages) {
    amqp_connection_state_t Conn = amqp_new_connection();
    // CHECK: :[[@LINE-1]]:36: warning: 'amqp_new_connection' creates a new 'amqp_connection_state_t' on every iteration of this loop; each one opens a new TCP connection to the broker and repeats the AMQP handshake and login [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:36: note: no automatic fix: it is connected with 'amqp_tcp_socket_new' after it is made, which would connect the shared one again on every call
    amqp_socket_t *Socket = amqp_tcp_socket_new(Conn);
    if (amqp_socket_open(Socket, BROKER_HOST, BROKER_PORT) == AMQP_STATUS_OK &&
        amqp_login(Conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest",
                   "guest")
                .reply_type == AMQP_RESPONSE_NORMAL) {
      amqp_channel_open(Conn, 1);
      amqp_basic_publish(Conn, 1, amqp_cstring_bytes("events"),
                         amqp_cstring_bytes("audit"), 0, 0, nullptr,
                         amqp_cstring_bytes(Message.c_str()));
      amqp_connection_close(Conn, AMQP_REPLY_SUCCESS);
    }
    amqp_destroy_connection(Conn);
  }
}

// Missing release: the connection is lost when the socket cannot be made.
int publishOne(const char *Message) {
  amqp_connection_state_t Conn = amqp_new_connection();
  // CHECK: :[[@LINE-1]]:34: warning: 'amqp_new_connection' acquires a 'amqp_connection_state_t' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'publishOne' returns here
  // CHECK: :[[@LINE-3]]:34: note: release it with 'amqp_destroy_connection' before that return
  if (Conn == nullptr)
    return -1;
  amqp_socket_t *Socket = amqp_tcp_socket_new(Conn);
  if (Socket == nullptr)
    return -1;
  if (amqp_socket_open(Socket, BROKER_HOST, BROKER_PORT) != AMQP_STATUS_OK) {
    amqp_destroy_connection(Conn);
    return -1;
  }
  int Status = amqp_basic_publish(Conn, 1, amqp_cstring_bytes("events"),
                                  amqp_cstring_bytes("audit"), 0, 0, nullptr,
                                  amqp_cstring_bytes(Message));
  amqp_destroy_connection(Conn);
  return Status;
}

// Negative: one connection for the batch.
bool publishAllShared(const std::vector<std::string> &Messages) {
  amqp_connection_state_t Conn = amqp_new_connection();
  if (!login(Conn)) {
    amqp_destroy_connection(Conn);
    return false;
  }
  amqp_channel_open(Conn, 1);
  for (const std::string &Message : Messages)
    amqp_basic_publish(Conn, 1, amqp_cstring_bytes("events"),
                       amqp_cstring_bytes("audit"), 0, 0, nullptr,
                       amqp_cstring_bytes(Message.c_str()));
  amqp_connection_close(Conn, AMQP_REPLY_SUCCESS);
  amqp_destroy_connection(Conn);
  return true;
}

int main(int Argc, char **) {
  if (Argc > 1) {
    publishAll({"a"});
    publishOne("b");
    publishAllShared({"c"});
  }
}

// FIXED: {{^}}    { amqp_destroy_connection(Conn); return -1; }{{$}}

// REFIXED: .cpp:{{[0-9]+}}:36: warning: 'amqp_new_connection' creates a new 'amqp_connection_state_t' on every iteration of this loop; each one opens a new TCP connection to the broker and repeats the AMQP handshake and login [resource-per-call-client]
// REFIXED: .cpp:{{[0-9]+}}:3: note: the loop that repeats it starts here
// REFIXED: .cpp:{{[0-9]+}}:36: note: no automatic fix: it is connected with 'amqp_tcp_socket_new' after it is made, which would connect the shared one again on every call

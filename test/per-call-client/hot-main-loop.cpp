// main is not frequently invoked, but a loop in main repeats its body: a
// RabbitMQ connection made there is made on every iteration.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <amqp.h>

bool waitForWork();

// The service loop of main publishes each unit of work over a new connection.
int main() {
  while (waitForWork()) {
    amqp_connection_state_t Conn = amqp_new_connection();
    // CHECK: :[[@LINE-1]]:36: warning: 'amqp_new_connection' creates a new 'amqp_connection_state_t' on every iteration of this loop; each one opens a new TCP connection to the broker and repeats the AMQP handshake and login [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:36: note: 'amqp_connection_state_t' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    amqp_destroy_connection(Conn);
  }
}

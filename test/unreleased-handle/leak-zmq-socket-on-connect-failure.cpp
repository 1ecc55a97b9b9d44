// A ZeroMQ socket abandoned when its connect fails leaks; the 'void *'
// handle is recognised by the call that made it.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <zmq.h>

// Returns on a failed connect with the socket still open.
int sendPing(void *Context, const char *Endpoint) {
  void *Socket = zmq_socket(Context, ZMQ_REQ);
  // CHECK: :[[@LINE-1]]:18: warning: 'zmq_socket' acquires a 'ZeroMQ socket' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'sendPing' returns here
  // CHECK: :[[@LINE-3]]:18: note: release it with 'zmq_close' before that return
  if (Socket == nullptr)
    return -1;
  if (zmq_connect(Socket, Endpoint) != 0)
    return -1;
  int Rc = zmq_send(Socket, "ping", 4, 0);
  zmq_close(Socket);
  return Rc;
}

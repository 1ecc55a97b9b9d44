// libzmq's C API and cppzmq against Debian's headers and libzmq: a context
// made for every message, a socket lost when connect fails, cppzmq sockets
// made per message, and silent shapes. The fixed file compiles and links
// against libzmq; the per-message sockets remain: they are made on the
// context in a local variable, which no shared accessor can read.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{zmq} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{zmq} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{zmq} %t.cpp -o %t.exe %libs{zmq}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{zmq} \
// RUN:   | %diags | FileCheck --check-prefix=REFIXED %s \
// RUN:       --implicit-check-not='{{warning|note|error}}:'

#include <zmq.h>
#include <zmq.hpp>

#include <cstring>
#include <string>
#include <vector>

#define EVENTS_ENDPOINT "tcp://127.0.0.1:5555"

// Per message: a new context (with its I/O thread) for every message.
void notifyAll(const std::vector<std::string> &Messages) {
  for (const std::string &Message : Messages) {
    void *Context = zmq_ctx_new();
    // CHECK: :[[@LINE-1]]:21: warning: 'zmq_ctx_new' creates a new 'ZeroMQ context' on every iteration of this loop; each one starts a new ZeroMQ context with its own I/O threads [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    void *Push = zmq_socket(Context, ZMQ_PUSH);
    // CHECK: :[[@LINE-1]]:18: warning: 'zmq_socket' creates a new 'ZeroMQ socket' on every iteration of this loop; each one creates a new socket that has to connect and handshake with its peers again [resource-per-call-client]
    // CHECK: :[[@LINE-6]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:18: note: no automatic fix: its arguments use the local variable 'Context'
    zmq_connect(Push, EVENTS_ENDPOINT);
    zmq_send(Push, Message.data(), Message.size(), 0);
    zmq_close(Push);
    zmq_ctx_term(Context);
  }
}

// Missing release: the socket is lost when connect fails.
int sendOne(void *Context, const char *Message) {
  void *Push = zmq_socket(Context, ZMQ_PUSH);
  // CHECK: :[[@LINE-1]]:16: warning: 'zmq_socket' acquires a 'ZeroMQ socket' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:5: note: it leaks when 'sendOne' returns here
  // CHECK: :[[@LINE-3]]:16: note: release it with 'zmq_close' before that return
  if (Push == nullptr)
    return -1;
  if (zmq_connect(Push, EVENTS_ENDPOINT) != 0)
    return -1;
  int Sent = zmq_send(Push, Message, std::strlen(Message), 0);
  zmq_close(Push);
  return Sent;
}

// Per message with cppzmq: a context and a socket for every message.
void notifyAllCpp(const std::vector<std::string> &Messages) {
  for (const std::string &Message : Messages) {
    zmq::context_t Context;
    // CHECK: :[[@LINE-1]]:20: warning: 'zmq::context_t' is constructed on every iteration of this loop; each construction starts a new ZeroMQ context with its own I/O threads [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    zmq::socket_t Push(Context, zmq::socket_type::push);
    // CHECK: :[[@LINE-1]]:19: warning: 'zmq::socket_t' is constructed on every iteration of this loop; each construction creates a new socket that has to connect and handshake with its peers again [resource-per-call-client]
    // CHECK: :[[@LINE-6]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:19: note: no automatic fix: its arguments use the local variable 'Context'
    Push.connect(EVENTS_ENDPOINT);
    Push.send(zmq::buffer(Message), zmq::send_flags::none);
  }
}

// Negative: one context and one socket for all messages.
void notifyAllShared(zmq::context_t &Context,
                     const std::vector<std::string> &Messages) {
  zmq::socket_t Push(Context, zmq::socket_type::push);
  Push.connect(EVENTS_ENDPOINT);
  for (const std::string &Message : Messages)
    Push.send(zmq::buffer(Message), zmq::send_flags::dontwait);
}

int main(int Argc, char **) {
  if (Argc > 1) {
    zmq::context_t Context;
    notifyAll({"a"});
    notifyAllCpp({"b"});
    notifyAllShared(Context, {"c"});
    sendOne(Context.handle(), "d");
  }
}

// FIXED: {{^}}#include <mutex>{{$}}
// FIXED: {{^}}// One 'ZeroMQ context' for the whole process: it is thread-safe, so every call{{$}}
// FIXED-NEXT: {{^}}// shares it and none closes it.{{$}}
// FIXED-NEXT: {{^}}static void *sharedZeroMQContext() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static void *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = zmq_ctx_new();{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    void *Context = sharedZeroMQContext();{{$}}
// FIXED: {{^}}    { zmq_close(Push); return -1; }{{$}}
// FIXED: {{^}}// One 'zmq::context_t' for the whole process: it is thread-safe, so every call{{$}}
// FIXED-NEXT: {{^}}// shares it and none closes it.{{$}}
// FIXED-NEXT: {{^}}static zmq::context_t &sharedContext() {{{$}}
// FIXED-NEXT: {{^}}  static std::once_flag Once;{{$}}
// FIXED-NEXT: {{^}}  static zmq::context_t *Instance = nullptr;{{$}}
// FIXED-NEXT: {{^}}  std::call_once(Once, [] {{{$}}
// FIXED-NEXT: {{^}}    Instance = new zmq::context_t();{{$}}
// FIXED-NEXT: {{^}}  });{{$}}
// FIXED-NEXT: {{^}}  return *Instance;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    zmq::context_t &Context = sharedContext();{{$}}

// REFIXED: .cpp:{{[0-9]+}}:18: warning: 'zmq_socket' creates a new 'ZeroMQ socket' on every iteration of this loop; each one creates a new socket that has to connect and handshake with its peers again [resource-per-call-client]
// REFIXED: .cpp:{{[0-9]+}}:3: note: the loop that repeats it starts here
// REFIXED: .cpp:{{[0-9]+}}:18: note: no automatic fix: its arguments use the local variable 'Context'
// REFIXED: .cpp:{{[0-9]+}}:19: warning: 'zmq::socket_t' is constructed on every iteration of this loop; each construction creates a new socket that has to connect and handshake with its peers again [resource-per-call-client]
// REFIXED: .cpp:{{[0-9]+}}:3: note: the loop that repeats it starts here
// REFIXED: .cpp:{{[0-9]+}}:19: note: no automatic fix: its arguments use the local variable 'Context'

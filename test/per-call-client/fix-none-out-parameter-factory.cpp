// A client that the library returns through an out-parameter (NATS) has no
// automatic fix: a note says why and the file is left unchanged.
// FIXME: natsConnection is thread-safe and reconnects, so a process-wide
// accessor could wrap natsConnection_ConnectTo too; acceptable for now.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: diff %s %t.cpp

#include <httplib.h>
#include <nats/nats.h>

// Publishes one event per request on a new connection.
static void publish(const httplib::Request &, httplib::Response &) {
  natsConnection *Conn = nullptr;
  natsConnection_ConnectTo(&Conn, NATS_DEFAULT_URL);
  // CHECK: :[[@LINE-1]]:3: warning: 'natsConnection_ConnectTo' creates a new 'natsConnection' on every call to 'publish'; each one opens a new connection to the NATS server and repeats its handshake [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'publish' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:3: note: no automatic fix: it is returned through an out-parameter
  natsConnection_PublishString(Conn, "events", "hit");
  natsConnection_Destroy(Conn);
}
static void registerPublish(httplib::Server &S) {
  S.Get("/a", publish);
}

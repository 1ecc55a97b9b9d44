// A function given to event_new runs each time its event fires: a NATS
// connection made in it is made for every event.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <event2/event.h>
#include <nats/nats.h>

// Every readable event on the socket publishes over a new NATS connection.
static void onSensorReadable(evutil_socket_t, short, void *Arg) {
  natsOptions *Opts = static_cast<natsOptions *>(Arg);
  natsConnection *Nats = nullptr;
  natsConnection_Connect(&Nats, Opts);
  // CHECK: :[[@LINE-1]]:3: warning: 'natsConnection_Connect' creates a new 'natsConnection' on every call to 'onSensorReadable'; each one opens a new connection to the NATS server and repeats its handshake [resource-per-call-client]
  // CHECK: :[[@LINE+9]]:7: note: 'onSensorReadable' is registered with 'event_new' here as an event callback, run each time the event fires
  // CHECK: :[[@LINE-3]]:3: note: no automatic fix: it is returned through an out-parameter
  natsConnection_PublishString(Nats, "sensors", "reading");
  natsConnection_Destroy(Nats);
}

void watchSensor(struct event_base *Base, evutil_socket_t Fd,
                 natsOptions *Opts) {
  struct event *Ev =
      event_new(Base, Fd, EV_READ | EV_PERSIST, onSensorReadable, Opts);
  event_add(Ev, nullptr);
}

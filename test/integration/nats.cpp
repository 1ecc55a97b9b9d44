// nats.c against Debian's headers and libnats: a connection made in every
// call of a subscription's message handler, one lost when publishing fails,
// and silent shapes. The fixed file compiles and links against libnats; the
// per-message connection, which has no automatic fix (it comes through an
// out-parameter), remains.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{nats} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{nats} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{nats} %t.cpp -o %t.exe %libs{nats}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{nats} \
// RUN:   | %diags | FileCheck --check-prefix=REFIXED %s \
// RUN:       --implicit-check-not='{{warning|note|error}}:'

#include <nats/nats.h>

#include <cstdio>

static const char *const AuditUrl = "nats://127.0.0.1:4223";

// Per message: every order forwards its audit record on a new connection.
static void onOrder(natsConnection *, natsSubscription *, natsMsg *Msg,
                    void *) {
  natsConnection *Audit = nullptr;
  if (natsConnection_ConnectTo(&Audit, AuditUrl) == NATS_OK) {
  // CHECK: :[[@LINE-1]]:7: warning: 'natsConnection_ConnectTo' creates a new 'natsConnection' on every call to 'onOrder'; each one opens a new connection to the NATS server and repeats its handshake [resource-per-call-client]
  // CHECK: :[[@LINE+32]]:9: note: 'onOrder' is registered with 'natsConnection_Subscribe' here as a NATS message handler, run once per message
  // CHECK: :[[@LINE-3]]:7: note: no automatic fix: it is returned through an out-parameter
    natsConnection_Publish(Audit, "audit", natsMsg_GetData(Msg),
                           natsMsg_GetDataLength(Msg));
    natsConnection_Destroy(Audit);
  }
  natsMsg_Destroy(Msg);
}

// Missing release: the connection is lost when publishing fails.
natsStatus announce(const char *Url) {
  natsConnection *Conn = nullptr;
  natsStatus Status = natsConnection_ConnectTo(&Conn, Url);
  // CHECK: :[[@LINE-1]]:23: warning: 'natsConnection_ConnectTo' acquires a 'natsConnection' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'announce' returns here
  // CHECK: :[[@LINE-3]]:23: note: release it with 'natsConnection_Destroy' before that return
  if (Status != NATS_OK)
    return Status;
  Status = natsConnection_PublishString(Conn, "service.up", "orders");
  if (Status != NATS_OK)
    return Status;
  natsConnection_Close(Conn);
  natsConnection_Destroy(Conn);
  return NATS_OK;
}

// Negative: one connection subscribes; the handler reuses it.
int main(int Argc, char **) {
  if (Argc > 1) {
    natsConnection *Conn = nullptr;
    natsSubscription *Orders = nullptr;
    if (natsConnection_ConnectTo(&Conn, NATS_DEFAULT_URL) == NATS_OK &&
        natsConnection_Subscribe(&Orders, Conn, "orders", onOrder, nullptr) ==
            NATS_OK)
      std::printf("%d\n", announce(NATS_DEFAULT_URL));
    natsSubscription_Destroy(Orders);
    natsConnection_Destroy(Conn);
  }
}

// FIXED: {{^}}    { natsConnection_Destroy(Conn); return Status; }{{$}}

// REFIXED: .cpp:{{[0-9]+}}:7: warning: 'natsConnection_ConnectTo' creates a new 'natsConnection' on every call to 'onOrder'; each one opens a new connection to the NATS server and repeats its handshake [resource-per-call-client]
// REFIXED: .cpp:{{[0-9]+}}:9: note: 'onOrder' is registered with 'natsConnection_Subscribe' here as a NATS message handler, run once per message
// REFIXED: .cpp:{{[0-9]+}}:7: note: no automatic fix: it is returned through an out-parameter

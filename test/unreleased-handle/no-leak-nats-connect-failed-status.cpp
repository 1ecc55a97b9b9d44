// natsConnection_Connect(&Nc, ...) stores nothing when it fails, and says
// so with its status (on_failure: null in the model): returning on that
// status is not a leak. Once it succeeded, every path must destroy it.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <nats/nats.h>

// The usual shape from the nats.c examples.
natsStatus publishHello(const char *Url) {
  natsConnection *Nc = nullptr;
  natsStatus S = natsConnection_ConnectTo(&Nc, Url);
  if (S != NATS_OK)
    return S;
  S = natsConnection_PublishString(Nc, "greetings", "hello");
  natsConnection_Destroy(Nc);
  return S;
}

// The status tested in the condition itself.
bool publishWithOptions(natsOptions *Options) {
  natsConnection *Nc = nullptr;
  if (natsConnection_Connect(&Nc, Options) != NATS_OK)
    return false;
  natsConnection_PublishString(Nc, "greetings", "hello");
  natsConnection_Destroy(Nc);
  return true;
}

// Control: after a successful connect, a failed publish returns without
// destroying it.
natsStatus publishOrGiveUp(const char *Url) {
  natsConnection *Nc = nullptr;
  natsStatus S = natsConnection_ConnectTo(&Nc, Url);
  // CHECK: :[[@LINE-1]]:18: warning: 'natsConnection_ConnectTo' acquires a 'natsConnection' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+6]]:5: note: it leaks when 'publishOrGiveUp' returns here
  // CHECK: :[[@LINE-3]]:18: note: release it with 'natsConnection_Destroy' before that return
  if (S != NATS_OK)
    return S;
  S = natsConnection_PublishString(Nc, "greetings", "hello");
  if (S != NATS_OK)
    return S;
  natsConnection_Destroy(Nc);
  return NATS_OK;
}

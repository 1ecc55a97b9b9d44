// natsConnection_Close closes a connection but does not free it: a
// connection made with natsConnection_Connect(&Nc, ...) and only closed
// leaks. natsConnection_Destroy is the release.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <nats/nats.h>

// Publishes one message and closes, never destroys.
void publishOnce(natsOptions *Options) {
  natsConnection *Nc = nullptr;
  natsConnection_Connect(&Nc, Options);
  // CHECK: :[[@LINE-1]]:3: warning: 'natsConnection_Connect' acquires a 'natsConnection' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+5]]:1: note: it leaks when 'publishOnce' ends here
  if (Nc == nullptr)
    return;
  natsConnection_PublishString(Nc, "greetings", "hello");
  natsConnection_Close(Nc);
}

// Control: destroyed after closing.
void publishOnceDestroyed(natsOptions *Options) {
  natsConnection *Nc = nullptr;
  natsConnection_Connect(&Nc, Options);
  if (Nc == nullptr)
    return;
  natsConnection_PublishString(Nc, "greetings", "hello");
  natsConnection_Close(Nc);
  natsConnection_Destroy(Nc);
}

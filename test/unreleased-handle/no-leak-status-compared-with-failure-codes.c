// A status compared with one failure code (`S == NATS_TIMEOUT`) says that
// branch acquired nothing, and nothing about the other: a chain of such
// tests ending in `S == NATS_OK` holds the message only where it is OK.
// A path where the status was not tested still holds it.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -x c -std=gnu11 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <nats/nats.h>
#include <stdio.h>

void drain(natsSubscription *Sub) {
  for (;;) {
    natsMsg *Msg = NULL;
    natsStatus S = natsSubscription_NextMsg(&Msg, Sub, 1000);
    if (S == NATS_TIMEOUT)
      continue;
    else if (S == NATS_CONNECTION_CLOSED)
      break;
    else if (S == NATS_OK) {
      printf("%.*s\n", natsMsg_GetDataLength(Msg), natsMsg_GetData(Msg));
      natsMsg_Destroy(Msg);
    }
  }
}

// Only the timeout is told apart: on another failure or success the message
// is not destroyed.
int drainOnce(natsSubscription *Sub) {
  natsMsg *Msg = NULL;
  natsStatus S = natsSubscription_NextMsg(&Msg, Sub, 1000);
  // CHECK: :[[@LINE-1]]:18: warning: 'natsSubscription_NextMsg' acquires a 'natsMsg' that is not released on every path [resource-unreleased-handle]
  if (S == NATS_TIMEOUT)
    return 0;
  printf("%d\n", natsMsg_GetDataLength(Msg));
  return 1;
  // CHECK: :[[@LINE-1]]:3: note: it leaks when 'drainOnce' returns here
}

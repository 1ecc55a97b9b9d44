// A library installed as a system header: its own loops and callbacks are its
// business, not the user's, and are not reported.
#pragma clang system_header
#ifndef NETLIB_H
#define NETLIB_H

#include <hiredis/hiredis.h>

namespace netlib {

// Probes every replica with a connection of its own.
inline void probeReplicas(int Replicas) {
  for (int I = 0; I < Replicas; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    redisFree(C);
  }
}

// A request callback the library installs for the user.
inline void defaultOnRequest() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  redisFree(C);
}

// Registers a handler with the library.
template <typename Handler> void onRequest(Handler H) { H(); }

} // namespace netlib

#endif

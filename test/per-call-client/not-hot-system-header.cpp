// Code inside system headers is not reported, even when a loop there repeats
// an acquisition or a user handler calls into it, and even when clang-tidy is
// asked to show diagnostics from system headers.
// RUN: %tidy -checks='-*,resource-per-call-client' --system-headers \
// RUN:   -header-filter='.*' %s -- -std=c++17 -isystem %S/Inputs/system \
// RUN:   | %diags | count 0

#include <httplib.h>
#include <netlib.h>

// The user's handler calls library code that opens connections.
static void handleProbe(const httplib::Request &, httplib::Response &) {
  netlib::probeReplicas(3);
  netlib::defaultOnRequest();
}

void installProbeRoutes(httplib::Server &Server) {
  Server.Get("/probe", handleProbe);
  netlib::onRequest(netlib::defaultOnRequest);
}

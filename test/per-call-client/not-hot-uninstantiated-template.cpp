// Templates that are never instantiated (and so never called) do not run at
// all: acquisitions in them are not reported, whatever makes them look hot.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <curl/curl.h>
#include <httplib.h>

// A loop in a function template that nothing instantiates.
template <typename Sink> void fetchAllNeverInstantiated(Sink &Out, int N) {
  for (int I = 0; I < N; ++I) {
    CURL *Easy = curl_easy_init();
    Out.consume(Easy);
    curl_easy_cleanup(Easy);
  }
}

// A hot-marked function template that nothing instantiates.
template <typename T> __attribute__((hot)) void hotButNeverInstantiated() {
  CURL *Easy = curl_easy_init();
  curl_easy_cleanup(Easy);
}

// A handler registered by a member of a class template that nothing
// instantiates.
template <typename Config> struct RoutesNeverInstantiated {
  static void handleStatus(const httplib::Request &, httplib::Response &) {
    CURL *Easy = curl_easy_init();
    curl_easy_cleanup(Easy);
  }
  static void install(httplib::Server &Server) {
    Server.Get("/status", handleStatus);
  }
};

// A function marked __attribute__((cold)) (or annotated "resource-tidy:cold")
// is rarely run, even when a handler or a loop calls it: the client it makes
// is not reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | count 0

#include <curl/curl.h>
#include <httplib.h>
#include <postgresql/libpq-fe.h>

// The error reporter runs only when something went wrong.
__attribute__((cold)) static void reportFailure(const char *What) {
  CURL *Easy = curl_easy_init();
  curl_easy_setopt(Easy, CURLOPT_URL, "http://alerts/");
  curl_easy_setopt(Easy, CURLOPT_POSTFIELDS, What);
  curl_easy_perform(Easy);
  curl_easy_cleanup(Easy);
}

// The repair routine is annotated cold for resource-tidy.
__attribute__((annotate("resource-tidy:cold"))) static void repairIndex() {
  PGconn *Conn = PQconnectdb("dbname=app");
  PQclear(PQexec(Conn, "REINDEX TABLE orders"));
  PQfinish(Conn);
}

static void handleOrder(const httplib::Request &Req, httplib::Response &) {
  if (Req.body.empty())
    reportFailure("empty order");
}

void installOrderRoutes(httplib::Server &Server) {
  Server.Post("/orders", handleOrder);
}

void checkAll(const int *Checks, int N) {
  for (int I = 0; I < N; ++I)
    if (Checks[I] < 0)
      repairIndex();
}

// Code that only loops call runs one call after another. A cached global
// connection closed and reset there is dropped for a reconnect: the next
// call opens a new one and nobody holds the old one. A function that
// initialises libcurl itself and tears it down, called from main's own
// loop, ends nobody else's use. Neither is reported; the same drop in a
// request handler is (hot-global-reconnected-in-handler.cpp), and so is a
// paired teardown in a loop outside main
// (teardown-mongoc-cleanup-in-loop-callee-with-own-init.cpp).
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags | count 0

#include <curl/curl.h>
#include <libpq-fe.h>

static PGconn *CachedConn = nullptr;

static void dropConnection() {
  if (CachedConn) {
    PQfinish(CachedConn);
    CachedConn = nullptr;
  }
}

static PGconn *connection(const char *Info) {
  if (!CachedConn)
    CachedConn = PQconnectdb(Info);
  return CachedConn;
}

// Retries once with a fresh connection when the cached one is dead.
bool runScript(const char *Info, const char *Sql) {
  for (int Attempt = 0; Attempt < 2; ++Attempt) {
    PGresult *Res = PQexec(connection(Info), Sql);
    bool Ok = PQresultStatus(Res) == PGRES_COMMAND_OK;
    PQclear(Res);
    if (Ok)
      return true;
    dropConnection();
  }
  return false;
}

static bool fetch(const char *Url) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  CURL *Curl = curl_easy_init();
  curl_easy_setopt(Curl, CURLOPT_URL, Url);
  bool Ok = curl_easy_perform(Curl) == CURLE_OK;
  curl_easy_cleanup(Curl);
  curl_global_cleanup();
  return Ok;
}

int main(int Argc, char **Argv) {
  for (int I = 1; I < Argc; ++I)
    if (fetch(Argv[I]))
      break;
  return runScript("dbname=app", "SELECT 1") ? 0 : 1;
}

// A raw handle passed to the library's own functions is only used by them:
// it does not escape, so the per-call connection is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <postgresql/libpq-fe.h>

// hiredis commands on the connection.
static void redisCommands(const httplib::Request &, httplib::Response &Res) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'redisCommands'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+10]]:3: note: 'redisCommands' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisAppendCommand(C, "GET k");
  void *Reply = nullptr;
  if (redisGetReply(C, &Reply) == REDIS_OK)
    Res.set_content(static_cast<redisReply *>(Reply)->str, "text/plain");
  freeReplyObject(Reply);
  redisFree(C);
}
static void registerRedisCommands(httplib::Server &S) {
  S.Get("/a", redisCommands);
}

// libpq queries on the connection.
static void postgresQuery(const httplib::Request &, httplib::Response &) {
  PGconn *Conn = PQconnectdb("dbname=app");
  // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' creates a new 'PGconn' on every call to 'postgresQuery'; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:3: note: 'postgresQuery' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:18: note: 'PGconn' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  if (PQstatus(Conn) == CONNECTION_OK)
    PQclear(PQexec(Conn, "SELECT 1"));
  PQfinish(Conn);
}
static void registerPostgresQuery(httplib::Server &S) {
  S.Get("/b", postgresQuery);
}

// libcurl options and a transfer on the easy handle.
static void curlTransfer(const httplib::Request &, httplib::Response &) {
  CURL *Curl = curl_easy_init();
  // CHECK: :[[@LINE-1]]:16: warning: 'curl_easy_init' creates a new 'CURL' on every call to 'curlTransfer'; each one starts with an empty connection cache, so each transfer opens a new connection and TLS session [resource-per-call-client]
  // CHECK: :[[@LINE+7]]:3: note: 'curlTransfer' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:16: note: 'CURL' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  curl_easy_setopt(Curl, CURLOPT_URL, "http://localhost:8081/");
  curl_easy_perform(Curl);
  curl_easy_cleanup(Curl);
}
static void registerCurlTransfer(httplib::Server &S) {
  S.Get("/c", curlTransfer);
}

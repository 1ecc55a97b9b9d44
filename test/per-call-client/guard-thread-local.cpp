// A client held in a thread_local is made once per thread, not once per
// call: nothing is reported.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <memory>
#include <pqxx/pqxx>

// A thread_local raw handle.
static void threadLocalHandle(const httplib::Request &, httplib::Response &) {
  thread_local redisContext *C = redisConnect("127.0.0.1", 6379);
  redisCommand(C, "PING");
}
static void registerThreadLocalHandle(httplib::Server &S) {
  S.Get("/a", threadLocalHandle);
}

// A thread_local handle owned by a unique_ptr with its release as deleter.
static void threadLocalOwner(const httplib::Request &, httplib::Response &) {
  thread_local std::unique_ptr<redisContext, decltype(&redisFree)> C(
      redisConnect("127.0.0.1", 6379), &redisFree);
  redisCommand(C.get(), "PING");
}
static void registerThreadLocalOwner(httplib::Server &S) {
  S.Get("/b", threadLocalOwner);
}

// A thread_local client object.
static void threadLocalObject(const httplib::Request &, httplib::Response &Res) {
  thread_local pqxx::connection Conn("dbname=app");
  Res.set_content(Conn.dbname(), "text/plain");
}
static void registerThreadLocalObject(httplib::Server &S) {
  S.Get("/c", threadLocalObject);
}

// Control: the same handler without 'thread_local' is reported.
static void controlNotThreadLocal(const httplib::Request &, httplib::Response &) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'controlNotThreadLocal'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+6]]:3: note: 'controlNotThreadLocal' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  redisCommand(C, "PING");
  redisFree(C);
}
static void registerControl(httplib::Server &S) {
  S.Get("/d", controlNotThreadLocal);
}

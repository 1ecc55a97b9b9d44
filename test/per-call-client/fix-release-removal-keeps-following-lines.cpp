// Removing a per-call release that is followed by more statements on later
// lines removes exactly the release's own line: the next line keeps its
// indentation.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix-notes %t.cpp -- -std=c++17
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 -fsyntax-only %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' %t.cpp -- -std=c++17 \
// RUN:   | %diags | count 0

#include <hiredis/hiredis.h>
#include <httplib.h>
#include <librdkafka/rdkafka.h>
#include <postgresql/libpq-fe.h>
#include <string>
#include <vector>

// The release is followed by a return statement.
static bool isReachable() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' creates a new 'redisContext' on every call to 'isReachable'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
  // CHECK: :[[@LINE+37]]:36: note: 'isReachable' is called by 'healthCheck' here
  // CHECK: :[[@LINE+40]]:5: note: 'healthCheck' is called in a loop in 'main' here
  // CHECK: :[[@LINE-4]]:21: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  bool Ok = C && !C->err;
  redisFree(C);
  return Ok;
}

// The release on the early-return path is followed by more statements.
static void query(const httplib::Request &, httplib::Response &Res) {
  PGconn *Conn = PQconnectdb("dbname=app");
  // CHECK: :[[@LINE-1]]:18: warning: 'PQconnectdb' creates a new 'PGconn' on every call to 'query'; each one opens a new connection, for which the server starts a new backend process [resource-per-call-client]
  // CHECK: :[[@LINE+11]]:3: note: 'query' is registered with 'httplib::Server::Get' here as an HTTP request handler
  // CHECK: :[[@LINE-3]]:18: note: 'PGconn' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
  if (PQstatus(Conn) != CONNECTION_OK) {
    PQfinish(Conn);
    Res.status = 503;
    return;
  }
  PQclear(PQexec(Conn, "SELECT 1"));
  PQfinish(Conn);
}
static void registerQuery(httplib::Server &S) {
  S.Get("/query", query);
}

// The release is the last statement of a loop body.
static void storeAll(const std::vector<std::string> &Keys) {
  for (const std::string &Key : Keys) {
    rd_kafka_t *Producer = rd_kafka_new(RD_KAFKA_PRODUCER, nullptr, nullptr, 0);
    // CHECK: :[[@LINE-1]]:28: warning: 'rd_kafka_new' creates a new 'rd_kafka_t' on every iteration of this loop; each one starts a new Kafka client with its own broker connections and background threads [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    rd_kafka_producev(Producer, RD_KAFKA_V_VALUE(const_cast<char *>(Key.data()), Key.size()), RD_KAFKA_V_END);
    rd_kafka_destroy(Producer);
  }
}

static bool healthCheck() { return isReachable(); }

int main() {
  for (int Round = 0; Round < 10; ++Round)
    healthCheck();
  storeAll({"a", "b"});
}

// FIXED: {{^}}static bool isReachable() {{{$}}
// FIXED-NEXT: {{^}}  redisContext *C = threadLocalRedisContext();{{$}}
// FIXED: {{^}}  bool Ok = C && !C->err;{{$}}
// FIXED-NEXT: {{^}}  return Ok;{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}static void query(const httplib::Request &, httplib::Response &Res) {{{$}}
// FIXED-NEXT: {{^}}  PGconn *Conn = threadLocalPGconn();{{$}}
// FIXED: {{^}}  if (PQstatus(Conn) != CONNECTION_OK) {{{$}}
// FIXED-NEXT: {{^}}    Res.status = 503;{{$}}
// FIXED-NEXT: {{^}}    return;{{$}}
// FIXED-NEXT: {{^}}  }{{$}}
// FIXED-NEXT: {{^}}  PQclear(PQexec(Conn, "SELECT 1"));{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    rd_kafka_t *Producer = sharedRdKafka();{{$}}
// FIXED-NEXT: {{^}}    // CHECK: {{.*}}{{$}}
// FIXED-NEXT: {{^}}    // CHECK: {{.*}}{{$}}
// FIXED-NEXT: {{^}}    rd_kafka_producev({{.*}});{{$}}
// FIXED-NEXT: {{^}}  }{{$}}
// FIXED-NEXT: {{^}}}{{$}}

// libmongoc against Debian's headers and libmongoc: a client made for every
// event of a batch, one lost when the ping fails, a client popped from a
// mongoc_client_pool_t and not pushed back on an error path, and silent
// shapes. The fixed file compiles, links against libmongoc; only the lease
// warning, which has no fix, remains.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{mongoc} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{mongoc} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{mongoc} %t.cpp -o %t.exe %libs{mongoc}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{mongoc} \
// RUN:   | %diags | FileCheck --check-prefix=REFIXED %s \
// RUN:       --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>

#include <cstdio>
#include <string>
#include <vector>

#define MONGO_URI "mongodb://127.0.0.1:27017/?appname=integ"

// Per event: every insert makes a new client that discovers the servers.
void recordEvents(const std::vector<std::string> &Events) {
  for (const std::string &Event : Events) {
    mongoc_client_t *Client = mongoc_client_new(MONGO_URI);
    // CHECK: :[[@LINE-1]]:31: warning: 'mongoc_client_new' creates a new 'mongoc_client_t' on every iteration of this loop; each one discovers the deployment and opens new connections to every server it uses [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:31: note: 'mongoc_client_t' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    mongoc_collection_t *Log =
        mongoc_client_get_collection(Client, "app", "events");
    bson_t *Doc = BCON_NEW("event", BCON_UTF8(Event.c_str()));
    mongoc_collection_insert_one(Log, Doc, nullptr, nullptr, nullptr);
    bson_destroy(Doc);
    mongoc_collection_destroy(Log);
    mongoc_client_destroy(Client);
  }
}

// Missing release: the client is lost when the ping fails.
bool isUp() {
  mongoc_client_t *Client = mongoc_client_new(MONGO_URI);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_new' acquires a 'mongoc_client_t' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+9]]:5: note: it leaks when 'isUp' returns here
  // CHECK: :[[@LINE-3]]:29: note: release it with 'mongoc_client_destroy' before that return
  if (Client == nullptr)
    return false;
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bool Ok = mongoc_client_command_simple(Client, "admin", Ping, nullptr,
                                         nullptr, nullptr);
  bson_destroy(Ping);
  if (!Ok)
    return false;
  mongoc_client_destroy(Client);
  return true;
}

// Lease: a pooled client is not pushed back when the ping fails.
bool isUpPooled(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+7]]:5: note: it leaks when 'isUpPooled' returns here
  // CHECK: :[[@LINE-3]]:29: note: give it back with 'mongoc_client_pool_push' on every path
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bool Ok = mongoc_client_command_simple(Client, "admin", Ping, nullptr,
                                         nullptr, nullptr);
  bson_destroy(Ping);
  if (!Ok)
    return false;
  mongoc_client_pool_push(Pool, Client);
  return true;
}

// Negative: popped and pushed back on every path.
bool isUpPooledPushed(mongoc_client_pool_t *Pool) {
  mongoc_client_t *Client = mongoc_client_pool_try_pop(Pool);
  if (Client == nullptr)
    return false;
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bool Ok = mongoc_client_command_simple(Client, "admin", Ping, nullptr,
                                         nullptr, nullptr);
  bson_destroy(Ping);
  mongoc_client_pool_push(Pool, Client);
  return Ok;
}

int main(int Argc, char **) {
  mongoc_init();
  mongoc_uri_t *Uri = mongoc_uri_new(MONGO_URI);
  mongoc_client_pool_t *Pool = mongoc_client_pool_new(Uri);
  if (Argc > 1) {
    recordEvents({"start"});
    std::printf("%d %d %d\n", isUp(), isUpPooled(Pool),
                isUpPooledPushed(Pool));
  }
  mongoc_client_pool_destroy(Pool);
  mongoc_uri_destroy(Uri);
  mongoc_cleanup();
}

// FIXED: {{^}}#include <memory>{{$}}
// FIXED: {{^}}// One 'mongoc_client_t' per thread, reused by every call on that thread and{{$}}
// FIXED-NEXT: {{^}}// released when the thread ends.{{$}}
// FIXED-NEXT: {{^}}static mongoc_client_t *threadLocalMongocClient() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<mongoc_client_t, decltype(&mongoc_client_destroy)> Instance({{$}}
// FIXED-NEXT: {{^}}      mongoc_client_new(MONGO_URI), &mongoc_client_destroy);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}    mongoc_client_t *Client = threadLocalMongocClient();{{$}}
// FIXED: {{^}}    { mongoc_client_destroy(Client); return false; }{{$}}

// REFIXED: .cpp:{{[0-9]+}}:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
// REFIXED: .cpp:{{[0-9]+}}:5: note: it leaks when 'isUpPooled' returns here
// REFIXED: .cpp:{{[0-9]+}}:29: note: give it back with 'mongoc_client_pool_push' on every path

// The default ShutdownFunctions pattern matches whole words of a function's
// name: 'finishNightlyRun' holds 'fini' but is no shutdown path, so its
// close of a global that stays dangling is reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note}}:'

#include <curl/curl.h>
#include <libpq-fe.h>

PGconn *Db = nullptr;

// Closes the process's connection and leaves 'Db' pointing at it.
void finishNightlyRun() { PQfinish(Db); }
// CHECK: :[[@LINE-1]]:27: warning: 'PQfinish' closes 'Db' but leaves it holding the closed 'PGconn'; the next call through it uses a closed client [resource-shared-client-close]
// CHECK: :11:9: note: 'Db' outlives this call

// 'exit' ends one session here, not the process: it is no shutdown word.
void http_client_exit() { curl_global_cleanup(); }
// CHECK: :[[@LINE-1]]:27: warning: 'curl_global_cleanup' tears down the whole library outside a shutdown path; every other client of it in the process stops working [resource-shared-client-close]

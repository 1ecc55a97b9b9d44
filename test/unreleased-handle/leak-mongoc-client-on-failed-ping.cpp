// A mongoc client abandoned when its first command fails leaks; it is never
// NULL-checked, and mongoc_client_destroy accepts NULL, so the release is
// offered before the return.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <mongoc/mongoc.h>

// Returns when the ping fails, with the client still open.
bool isPrimaryUp(const char *Uri) {
  mongoc_client_t *Client = mongoc_client_new(Uri);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_new' acquires a 'mongoc_client_t' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+8]]:5: note: it leaks when 'isPrimaryUp' returns here
  // CHECK: :[[@LINE-3]]:29: note: release it with 'mongoc_client_destroy' before that return
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bson_error_t Error;
  bool Ok = mongoc_client_command_simple(Client, "admin", Ping, nullptr,
                                         nullptr, &Error);
  bson_destroy(Ping);
  if (!Ok)
    return false;
  mongoc_client_destroy(Client);
  return true;
}

// Control: destroyed on both paths.
bool isPrimaryUpDestroyed(const char *Uri) {
  mongoc_client_t *Client = mongoc_client_new(Uri);
  bson_t *Ping = BCON_NEW("ping", BCON_INT32(1));
  bool Ok = mongoc_client_command_simple(Client, "admin", Ping, nullptr,
                                         nullptr, nullptr);
  bson_destroy(Ping);
  mongoc_client_destroy(Client);
  return Ok;
}

// AssumeCallsMayThrow adds an exception edge to every call that may throw:
// a lease held across such a call is lost if it throws, and each such call
// gets a note. A noexcept call gets none. The default, false, reports
// nothing here.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | count 0
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s \
// RUN:   -config='{CheckOptions: {resource-unreturned-lease.AssumeCallsMayThrow: true}}' \
// RUN:   -- -std=c++17 -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <string>

// Defined elsewhere; may throw.
void exportOrders(mongoc_client_t *Client, const std::string &Path);
// Defined elsewhere; does not throw.
void logExport(const std::string &Path) noexcept;

// Two calls between the pop and the push may throw.
void nightlyExport(mongoc_client_pool_t *Pool, const std::string &Path,
                   const std::string &Archive) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  // CHECK: :[[@LINE-1]]:29: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+3]]:3: note: it leaks if this call throws
  // CHECK: :[[@LINE+3]]:3: note: it leaks if this call throws
  logExport(Path);
  exportOrders(Client, Path);
  exportOrders(Client, Archive);
  mongoc_client_pool_push(Pool, Client);
}

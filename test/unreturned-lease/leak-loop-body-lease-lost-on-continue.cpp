// A client popped in a loop body and skipped by 'continue' without a push is
// lost at the end of that iteration: the note points at the 'continue'.
// Each iteration has its own 'Client', so the next pop overwrites nothing,
// and the end of the function is not where it is lost.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <string>
#include <vector>

// A tenant whose database cannot be opened is skipped without a push.
void compactTenants(mongoc_client_pool_t *Pool,
                    const std::vector<std::string> &Tenants) {
  for (const std::string &Tenant : Tenants) {
    mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
    // CHECK: :[[@LINE-1]]:31: warning: 'mongoc_client_pool_pop' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
    // CHECK: :[[@LINE+5]]:7: note: it leaks when 'Client' goes out of scope here
    // CHECK: :[[@LINE-3]]:31: note: give it back with 'mongoc_client_pool_push' on every path
    mongoc_database_t *Db =
        mongoc_client_get_database(Client, Tenant.c_str());
    if (Db == nullptr)
      continue;
    bson_t *Compact = BCON_NEW("compact", BCON_UTF8("events"));
    mongoc_database_command_simple(Db, Compact, nullptr, nullptr, nullptr);
    bson_destroy(Compact);
    mongoc_database_destroy(Db);
    mongoc_client_pool_push(Pool, Client);
  }
}

// Control: pushed before skipping.
void compactTenantsPushed(mongoc_client_pool_t *Pool,
                          const std::vector<std::string> &Tenants) {
  for (const std::string &Tenant : Tenants) {
    mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
    mongoc_database_t *Db =
        mongoc_client_get_database(Client, Tenant.c_str());
    if (Db == nullptr) {
      mongoc_client_pool_push(Pool, Client);
      continue;
    }
    mongoc_database_destroy(Db);
    mongoc_client_pool_push(Pool, Client);
  }
}

// In frequently invoked code a teardown is reported even when the function
// runs the matching init itself: mongoc_init/mongoc_cleanup once per element
// re-initialises and tears down the driver under every other client.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <string>
#include <vector>

// Initialises and tears down the driver around one document.
static void archiveOne(const std::string &Uri, const bson_t *Doc) {
  mongoc_init();
  mongoc_client_t *Client = mongoc_client_new(Uri.c_str());
  mongoc_collection_t *Archive =
      mongoc_client_get_collection(Client, "shop", "archive");
  mongoc_collection_insert_one(Archive, Doc, nullptr, nullptr, nullptr);
  mongoc_collection_destroy(Archive);
  mongoc_client_destroy(Client);
  mongoc_cleanup();
  // CHECK: :[[@LINE-1]]:3: warning: 'mongoc_cleanup' tears down the whole library on every call to 'archiveOne'; every other client of it in the process stops working [resource-shared-client-close]
  // CHECK: :[[@LINE+5]]:5: note: 'archiveOne' is called in a loop in 'archiveAll' here
}

void archiveAll(const std::string &Uri, const std::vector<const bson_t *> &Docs) {
  for (const bson_t *Doc : Docs)
    archiveOne(Uri, Doc);
}

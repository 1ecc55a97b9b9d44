// A function called in a loop runs once per element: a global mongoc client
// destroyed in it is destroyed while the next element still needs it.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <mongoc/mongoc.h>
#include <vector>

mongoc_client_t *Mongo = nullptr;

// Inserts one document, then destroys the client every caller shares.
static void importOne(const bson_t *Doc) {
  mongoc_collection_t *Orders =
      mongoc_client_get_collection(Mongo, "shop", "orders");
  mongoc_collection_insert_one(Orders, Doc, nullptr, nullptr, nullptr);
  mongoc_collection_destroy(Orders);
  mongoc_client_destroy(Mongo);
  // CHECK: :[[@LINE-1]]:3: warning: 'mongoc_client_destroy' closes the shared 'Mongo' on every call to 'importOne'; other callers may still be using it [resource-shared-client-close]
  // CHECK: :[[@LINE+6]]:5: note: 'importOne' is called in a loop in 'importAll' here
  // CHECK: :[[@LINE-11]]:18: note: 'Mongo' is shared by the whole process
}

void importAll(const std::vector<const bson_t *> &Docs) {
  for (const bson_t *Doc : Docs)
    importOne(Doc);
}

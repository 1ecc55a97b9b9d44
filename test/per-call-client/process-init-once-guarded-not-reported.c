// A library initialisation that guards itself with a once-flag
// (mongoc_init) costs nothing when it is repeated: calling it for each
// configured node is not reported. One that runs its work on every call
// (curl_global_init) is.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c11 \
// RUN:   -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <curl/curl.h>
#include <mongoc/mongoc.h>

struct node {
  const char *Uri;
};

// Each configured node makes sure the driver is initialised.
static int configureMongoNode(struct node *N) {
  mongoc_init();
  return N->Uri != NULL;
}

// Control: curl_global_init is not once-guarded.
static int configureHttpNode(struct node *N) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  // CHECK: :[[@LINE-1]]:3: warning: 'curl_global_init' runs on every call to 'configureHttpNode'; each call re-initialises the whole library, which must happen once per process [resource-per-call-client]
  return N->Uri != NULL;
}

int configure(struct node *Nodes, int Count) {
  int Ok = 0;
  for (int I = 0; I < Count; ++I) {
    Ok += configureMongoNode(&Nodes[I]);
    Ok += configureHttpNode(&Nodes[I]);
    // CHECK: :[[@LINE-1]]:11: note: 'configureHttpNode' is called in a loop in 'configure' here
  }
  return Ok;
}

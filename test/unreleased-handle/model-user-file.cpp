// A model file given with the global ModelFiles option teaches the check a
// library it does not know: its 'release', 'on_failure: handle' (the note
// on error paths), 'release_accepts_null' (the fix where the handle may be
// NULL) and 'transfers' (a call that takes the handle over) entries are
// used. Without the file nothing is reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-acme-kv.yaml"}}' \
// RUN:   -- -std=c++17 -isystem %S/Inputs | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -isystem %S/Inputs | %diags | count 0

#include <acme/kv.h>

// The error path returns without closing; the handle may also be NULL
// there, which acme_kv_close accepts.
int storeGreeting() {
  acme_kv *Kv = acme_kv_open("kv.internal:7000");
  // CHECK: :[[@LINE-1]]:17: warning: 'acme_kv_open' acquires a 'acme_kv' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'storeGreeting' returns here
  // CHECK: :[[@LINE-3]]:17: note: release it with 'acme_kv_close' before that return
  // CHECK: :[[@LINE-4]]:17: note: 'acme_kv_open' gives a 'acme_kv' even when it fails; it must be released on error paths too (with 'acme_kv_close')
  if (Kv == nullptr || acme_kv_error(Kv) != 0)
    return -1;
  int Rc = acme_kv_put(Kv, "greeting", "hello");
  acme_kv_close(Kv);
  return Rc;
}

// The batch is handed to acme_kv_submit, which frees it.
int submitBatch(acme_kv *Kv) {
  acme_kv_batch *Batch = acme_kv_batch_new();
  if (Batch == nullptr)
    return -1;
  return acme_kv_submit(Kv, Batch);
}

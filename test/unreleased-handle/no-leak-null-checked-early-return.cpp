// A return on the path where the acquisition gave NULL is not a leak:
// nothing was acquired there. Every form of NULL test counts.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <cstddef>
#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>

// if (!C)
int negated() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (!C)
    return -1;
  redisFree(C);
  return 0;
}

// C == NULL
int comparedWithNull() {
  PGconn *Db = PQconnectdb("dbname=shop");
  if (Db == NULL)
    return -1;
  PQfinish(Db);
  return 0;
}

// nullptr == C, with the error flag handled after the NULL test.
int nullptrOnTheLeft() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  if (nullptr == C)
    return -1;
  if (C->err) {
    redisFree(C);
    return -2;
  }
  redisFree(C);
  return 0;
}

// The NULL test on the assignment itself.
int assignedInCondition() {
  CURL *Easy;
  if ((Easy = curl_easy_init()) == nullptr)
    return -1;
  curl_easy_setopt(Easy, CURLOPT_URL, "http://localhost/");
  CURLcode Rc = curl_easy_perform(Easy);
  curl_easy_cleanup(Easy);
  return Rc == CURLE_OK ? 0 : -1;
}

// Control: a test of something else is not a NULL test.
int otherTest(bool Quick) {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'otherTest' returns here
  // CHECK: :[[@LINE-3]]:21: note: release it with 'redisFree' before that return
  // CHECK: :[[@LINE-4]]:21: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  if (Quick)
    return -1;
  redisFree(C);
  return 0;
}

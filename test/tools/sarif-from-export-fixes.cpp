// clang-tidy's --export-fixes YAML becomes a SARIF 2.1.0 log: one rule per
// check with its doc page and summary, results with their level, position
// (columns in code points), notes as related locations and the fixes of the
// warning and of its notes.
// RUN: %tidy -checks='-*,resource-*' --export-fixes=%t.yaml %s \
// RUN:   -- -std=c++17 -isystem %inputs/include > %t.tidy
// RUN: %resource_sarif --base-dir %S %t.yaml -o %t.sarif
// RUN: %python %S/Inputs/check_sarif.py %t.sarif \
// RUN:   | FileCheck %s -DFILE=sarif-from-export-fixes.cpp -DDOCS=%S_src/docs
// RUN: FileCheck %s --check-prefix=TIDY < %t.tidy
// Warnings made errors are errors in the log.
// RUN: %tidy -checks='-*,resource-*' --warnings-as-errors='resource-per-call-client' \
// RUN:   --export-fixes=%t.errors.yaml %s -- -std=c++17 -isystem %inputs/include \
// RUN:   > /dev/null 2>&1 || true
// RUN: %resource_sarif --base-dir %S %t.errors.yaml -o %t.errors.sarif
// RUN: %python %S/Inputs/check_sarif.py %t.errors.sarif \
// RUN:   | FileCheck %s --check-prefix=ERRORS
// Files outside the base directory get absolute URIs.
// RUN: %resource_sarif --base-dir %inputs %t.yaml -o %t.outside.sarif
// RUN: %python %S/Inputs/check_sarif.py %t.outside.sarif \
// RUN:   | FileCheck %s --check-prefix=OUTSIDE -DFILE=sarif-from-export-fixes.cpp

#include <cstdio>
#include <hiredis/hiredis.h>
#include <sw/redis++/redis++.h>
#include <string>
#include <vector>

// CHECK: rule resource-per-call-client file://[[DOCS]]/checks/per-call-client.md Finds network and database clients, connections and pools that are created anew on every call
// CHECK-NEXT: rule resource-unreleased-handle file://[[DOCS]]/checks/unreleased-handle.md Finds connections, clients and other handles of modelled libraries

// Each key gets its own connection pool; the fix on the warning shares one.
void bumpAll(const std::vector<std::string> &Keys) {
  for (const std::string &Key : Keys) {
    sw::redis::Redis Redis("tcp://127.0.0.1:6379");
    // CHECK-NEXT: result resource-per-call-client warning [[FILE]]:[[@LINE-1]]:22-[[@LINE-1]]:51 'sw::redis::Redis' is constructed on every iteration of this loop; each construction creates a new connection pool, so its first command opens a new connection to the Redis server
    // CHECK-NEXT: related 0 [[FILE]]:[[@LINE-3]]:3 the loop that repeats it starts here
    // CHECK-NEXT: fix 'sw::redis::Redis' is constructed on every iteration of this loop
    // CHECK-NEXT: change [[FILE]] [[INCLUDE:[0-9]+]]:1-[[INCLUDE]]:1 "#include <mutex>\n"
    // CHECK-NEXT: change [[FILE]] [[@LINE-8]]:1-[[@LINE-8]]:1 "// One 'sw::redis::Redis' for the whole process: {{.*}}static sw::redis::Redis &sharedRedis() {\n
    // CHECK-NEXT: change [[FILE]] [[@LINE-6]]:5-[[@LINE-6]]:51 "sw::redis::Redis &Redis = sharedRedis()"
    Redis.incr(Key);
  }
}

// The error paths leak the context; the comment's 'é' is two bytes but one
// column, so the columns here are one less than clang-tidy's.
int readCounter(const char *Key) {
  /* café */ redisContext *C = redisConnect("127.0.0.1", 6379);
  // TIDY: [[@LINE-1]]:33: warning: 'redisConnect' acquires a 'redisContext'
  // CHECK-NEXT: result resource-unreleased-handle warning [[FILE]]:[[@LINE-2]]:32-[[@LINE-2]]:63 'redisConnect' acquires a 'redisContext' that is not released on every path
  // CHECK-NEXT: related 0 [[FILE]]:[[@LINE+9]]:5 it leaks when 'readCounter' returns here
  // CHECK-NEXT: related 1 [[FILE]]:[[@LINE-4]]:32 release it with 'redisFree' before that return
  // CHECK-NEXT: related 2 [[FILE]]:[[@LINE-5]]:32 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
  // CHECK-NEXT: fix release it with 'redisFree' before that return
  // CHECK-NEXT: change [[FILE]] [[@LINE+5]]:5-[[@LINE+5]]:5 "redisFree(C);\n    "
  if (C == nullptr)
    return -1;
  if (C->err) {
    std::fprintf(stderr, "%s\n", C->errstr);
    return -1;
  }
  auto *Reply = static_cast<redisReply *>(redisCommand(C, "GET %s", Key));
  int Value = Reply != nullptr ? int(Reply->integer) : 0;
  freeReplyObject(Reply);
  redisFree(C);
  return Value;
}
// CHECK-NEXT: 2 results

// ERRORS: result resource-per-call-client error
// ERRORS: result resource-unreleased-handle warning

// OUTSIDE: result resource-per-call-client warning file://{{.*}}/test/tools/[[FILE]]:{{[0-9]+}}:22-{{[0-9]+}}:51 'sw::redis::Redis'

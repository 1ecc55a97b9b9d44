// The CI job of docs/ci.md, extracted from the page and run on
// docs/examples/ci-project: it fails on the findings and writes them to a
// SARIF log; shards merged give the same log; a clean project passes with
// an empty log; checks that are not loaded stop it.
// The documented job names clang-tidy-22 and run-clang-tidy-22, so it runs
// only in the LLVM 22 build.
// REQUIRES: llvm-22
// RUN: rm -rf %t && mkdir -p %t
// RUN: sed -n '/^<!-- ci-job -->$/,/^```$/p' %S_src/docs/ci.md | sed '1,2d;$d' > %t/job.sh
// RUN: cp -r %S_src/docs/examples/ci-project %t/project
// RUN: cd %t/project && not env RESOURCE_TIDY_PREFIX=%obj_root DRIVER=%driver \
// RUN:   CXX=%clangxx CMAKE_GENERATOR=Ninja bash %t/job.sh > %t/job.out 2>&1
// RUN: FileCheck %s --check-prefix=OUT < %t/job.out
// RUN: %python %S/Inputs/check_sarif.py %t/project/resource-tidy.sarif | FileCheck %s

// OUT-DAG: include/cache.h:6:21: error: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle,-warnings-as-errors]
// OUT-DAG: src/schema.cpp:8:7: error: 'sqlite3_open' acquires a 'sqlite3' that is not released on every path [resource-unreleased-handle,-warnings-as-errors]
// OUT-DAG: src/notify.cpp:9:18: error: 'curl_easy_init' creates a new 'CURL' on every iteration of this loop; {{.*}} [resource-per-call-client,-warnings-as-errors]

// The finding in cache.h, seen from two units, is reported once.
// CHECK: rule resource-per-call-client
// CHECK-NEXT: rule resource-unreleased-handle
// CHECK-NEXT: result resource-unreleased-handle error include/cache.h:6:21-6:52 'redisConnect' acquires a 'redisContext' that is not released on every path
// CHECK-NEXT: related 0 include/cache.h:8:5 it leaks when 'cachedValueExists' returns here
// CHECK-NEXT: related 1 include/cache.h:6:21 release it with 'redisFree' before that return
// CHECK-NEXT: related 2 include/cache.h:6:21 'redisConnect' gives a 'redisContext' even when it fails
// CHECK-NEXT: fix release it with 'redisFree' before that return
// CHECK-NEXT: change include/cache.h 8:5-8:5 "{ redisFree(C); "
// CHECK-NEXT: change include/cache.h 8:18-8:18 " }"
// CHECK-NEXT: result resource-per-call-client error src/notify.cpp:9:18-9:34 'curl_easy_init' creates a new 'CURL' on every iteration of this loop
// CHECK-NEXT: related 0 src/notify.cpp:8:3 the loop that repeats it starts here
// CHECK-NEXT: related 1 src/notify.cpp:9:18 'CURL' is not thread-safe
// CHECK-NEXT: fix 'CURL' is not thread-safe
// CHECK-NEXT: change src/notify.cpp 4:1-4:1 "#include <memory>\n"
// CHECK-NEXT: change src/notify.cpp 7:1-7:1 "// One 'CURL' per thread
// CHECK-NEXT: change src/notify.cpp 9:18-9:34 "threadLocalCURL()"
// CHECK-NEXT: change src/notify.cpp 12:29-13:29 ""
// CHECK-NEXT: result resource-unreleased-handle error src/schema.cpp:8:7-8:30 'sqlite3_open' acquires a 'sqlite3' that is not released on every path
// CHECK-NEXT: related 0 src/schema.cpp:15:5 it leaks when 'schemaVersion' returns here
// CHECK: 3 results

// Two shards check two files each (both with findings, both including
// cache.h); merged, they give the same log.
// RUN: cd %t/project && not env RESOURCE_TIDY_PREFIX=%obj_root DRIVER=%driver \
// RUN:   CXX=%clangxx CMAKE_GENERATOR=Ninja SHARD=0 SHARDS=2 FIXES=%t/shard0.yaml \
// RUN:   SARIF=%t/shard0.sarif bash %t/job.sh > /dev/null 2>&1
// RUN: cd %t/project && not env RESOURCE_TIDY_PREFIX=%obj_root DRIVER=%driver \
// RUN:   CXX=%clangxx CMAKE_GENERATOR=Ninja SHARD=1 SHARDS=2 FIXES=%t/shard1.yaml \
// RUN:   SARIF=%t/shard1.sarif bash %t/job.sh > /dev/null 2>&1
// RUN: %python %S/Inputs/check_sarif.py %t/shard0.sarif | FileCheck %s --check-prefix=SHARD0
// RUN: %python %S/Inputs/check_sarif.py %t/shard1.sarif | FileCheck %s --check-prefix=SHARD1
// RUN: cd %t/project && %resource_sarif --base-dir . -o %t/merged.sarif %t/shard0.yaml %t/shard1.yaml
// RUN: diff %t/project/resource-tidy.sarif %t/merged.sarif

// A project with nothing to find passes, with an empty log.
// RUN: mkdir -p %t/clean/src && cp %S_src/docs/examples/ci-project/src/version.cpp %t/clean/src/
// RUN: printf 'cmake_minimum_required(VERSION 3.20)\nproject(clean CXX)\nadd_library(version OBJECT src/version.cpp)\n' > %t/clean/CMakeLists.txt
// RUN: cd %t/clean && env RESOURCE_TIDY_PREFIX=%obj_root DRIVER=%driver \
// RUN:   CXX=%clangxx CMAKE_GENERATOR=Ninja bash %t/job.sh > %t/clean.out 2>&1
// RUN: %python %S/Inputs/check_sarif.py %t/clean/resource-tidy.sarif | FileCheck %s --check-prefix=CLEAN
// CLEAN-NOT: result
// CLEAN: 0 results

// SHARD0-NOT: schema.cpp
// SHARD0: result resource-unreleased-handle error include/cache.h:6:21
// SHARD0: result resource-per-call-client error src/notify.cpp:9:18
// SHARD0: 2 results
// SHARD1-NOT: notify.cpp
// SHARD1: result resource-unreleased-handle error include/cache.h:6:21
// SHARD1: result resource-unreleased-handle error src/schema.cpp:8:7
// SHARD1: 2 results

// Without the checks (a wrong prefix) the job stops before analysing.
// RUN: cd %t/clean && not env RESOURCE_TIDY_PREFIX=%t/nowhere DRIVER=%driver \
// RUN:   bash %t/job.sh > %t/nowhere.out 2>&1
// RUN: FileCheck %s --check-prefix=NOWHERE < %t/nowhere.out
// NOWHERE: error: the resource-* checks are not loaded

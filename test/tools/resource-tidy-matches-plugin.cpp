// resource-tidy (clang-tidy with the module built in) and stock clang-tidy
// with the plugin give the same findings, and resource-tidy keeps every
// upstream check.
// RUN: %tidy -checks='-*,resource-*' %S/../../docs/examples/redis_handler.cpp \
// RUN:   -- -std=c++17 2>/dev/null | %diags > %t.plugin
// RUN: %resource_tidy -checks='-*,resource-*' %S/../../docs/examples/redis_handler.cpp \
// RUN:   -- -std=c++17 2>/dev/null | %diags > %t.tool
// RUN: diff %t.plugin %t.tool
// RUN: FileCheck %s --check-prefix=FINDINGS < %t.tool
// RUN: %resource_tidy --list-checks -checks='-*,resource-*,bugprone-use-after-move' \
// RUN:   | FileCheck %s --check-prefix=LIST

// Both warnings are at one location, which clang-tidy 19 orders by check
// name and later majors by message: hence -DAG.
// FINDINGS-DAG: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
// FINDINGS-DAG: warning: 'redisConnect' creates a new 'redisContext' on every call to 'handleGet'; each one opens a new TCP connection to the Redis server [resource-per-call-client]
// LIST: bugprone-use-after-move
// LIST: resource-per-call-client
// LIST: resource-shared-client-close
// LIST: resource-unreleased-handle
// LIST: resource-unreturned-lease

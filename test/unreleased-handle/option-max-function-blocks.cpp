// A function whose CFG has more blocks than MaxFunctionBlocks (default 4000)
// is not analysed, and nothing is said about it. The generated function
// leaks its connection on the early return after 2500 if-statements (about
// 5000 blocks): silent by default, reported once the limit is raised.
// RUN: python3 %S/Inputs/gen_large_function.py 2500 > %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' %t.cpp -- -std=c++17 \
// RUN:   | %diags | count 0
// RUN: %tidy -checks='-*,resource-unreleased-handle' %t.cpp \
// RUN:   -config='{CheckOptions: {MaxFunctionBlocks: 8000}}' -- -std=c++17 \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|error}}:'
// A small limit skips small functions too.
// RUN: python3 %S/Inputs/gen_large_function.py 10 > %t.small.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' %t.small.cpp -- \
// RUN:   -std=c++17 | %diags | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy -checks='-*,resource-unreleased-handle' %t.small.cpp \
// RUN:   -config='{CheckOptions: {resource-unreleased-handle.MaxFunctionBlocks: 10}}' \
// RUN:   -- -std=c++17 | %diags | count 0

// CHECK: :3:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
// CHECK: note: it leaks when 'handle' returns here

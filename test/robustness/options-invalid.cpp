// Every invalid option value gives one configuration error that names the
// option and the value and says what is wrong (the error is shared by all
// four checks and printed once); the run goes on with the default and the
// findings still appear. A pattern of more groups than the regex compiler's
// recursion can take used to crash clang-tidy; it is refused unread.
// RUN: %tidy -checks='-*,resource-*' %s -config='{CheckOptions: {IncludeStyle: bogus}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,STYLE --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s -config='{CheckOptions: {resource-unreleased-handle.AssumeCallsMayThrow: maybe}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,BOOL --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s -config='{CheckOptions: {MaxCallChainDepth: 99999999999999999999}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,RANGE --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s -config='{CheckOptions: {HandlerRegistrations: "regex:Server::(Get"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,REG --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s -config='{CheckOptions: {HandlerMethods: "regex:[a"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,METHOD --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s -config='{CheckOptions: {HotFunctions: "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,GROUPS --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s -config='{CheckOptions: {resource-shared-client-close.ShutdownFunctions: "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,SHUTDOWN --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s -config='{CheckOptions: {ModelFiles: "%S/Inputs"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DIR --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s -config='{CheckOptions: {resource-per-call-client.SharedClientStyle: FunctionLocalStatik}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,STYLETYPO --implicit-check-not='warning:' --implicit-check-not='error:'

// STYLE: {{^}}warning: invalid configuration value 'bogus' for option 'IncludeStyle' [clang-tidy-config]
// BOOL: {{^}}warning: invalid configuration value 'maybe' for option 'resource-unreleased-handle.AssumeCallsMayThrow'; expected a bool [clang-tidy-config]
// RANGE: {{^}}warning: invalid configuration value '99999999999999999999' for option 'MaxCallChainDepth'; expected an integer [clang-tidy-config]
// REG: {{^}}warning: invalid regular expression 'Server::(Get' in option 'HandlerRegistrations': parentheses not balanced [clang-tidy-config]
// METHOD: {{^}}warning: invalid regular expression '[a' in option 'HandlerMethods': brackets ([ ]) not balanced [clang-tidy-config]
// GROUPS: {{^}}warning: invalid regular expression '{{[(]+}}a{{[)]+}}' in option 'HotFunctions': more than 256 groups [clang-tidy-config]
// SHUTDOWN: {{^}}warning: invalid regular expression '{{[(]+}}a{{[)]+}}' in option 'ShutdownFunctions': more than 256 groups [clang-tidy-config]
// DIR: {{^}}warning: {{.*}}/Inputs: cannot read model file: Is a directory [clang-tidy-config]
// STYLETYPO: {{^}}warning: invalid configuration value 'FunctionLocalStatik' for option 'resource-per-call-client.SharedClientStyle'; did you mean 'FunctionLocalStatic'? [clang-tidy-config]

#include <hiredis/hiredis.h>

// Reported under every option value above.
void churn() {
  for (int I = 0; I < 10; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    redisFree(C);
  }
}

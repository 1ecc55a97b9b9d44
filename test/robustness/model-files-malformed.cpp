// Every malformed model file gives one configuration error that names the
// file (and the line and column where there is one) and says what is wrong;
// the file is skipped, the built-in models stay in force and nothing
// crashes. A model file with a broken second document used to crash
// clang-tidy, and so did one nested a hundred thousand levels deep (the
// unit tests cover that size; here 100 levels).
// RUN: %tidy -checks='-*,resource-*' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-empty.yaml"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,EMPTY --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-binary.yaml"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,BINARY --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-unknown-kind.yaml"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,KIND --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-unquoted-star.yaml"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,STAR --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-invalid-parameter-regex.yaml"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,REGEX --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-huge-version.yaml"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,HUGE --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-deep-nesting.yaml"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DEEP --implicit-check-not='warning:' --implicit-check-not='error:'
// RUN: %tidy -checks='-*,resource-*' %s \
// RUN:   -config='{CheckOptions: {ModelFiles: "%S/Inputs/model-second-document-broken.yaml"}}' \
// RUN:   -- -std=c++17 2>&1 | grep -E '^([^ ].*: )?(warning|note|error): ' \
// RUN:   | FileCheck %s --check-prefixes=CHECK,SECOND --implicit-check-not='warning:' --implicit-check-not='error:'

// EMPTY: {{^}}warning: {{.*}}/Inputs/model-empty.yaml: the model file is empty [clang-tidy-config]
// BINARY: {{^}}warning: {{.*}}/Inputs/model-binary.yaml:1:8: a model file is text; this one holds a NUL byte [clang-tidy-config]
// KIND: {{^}}warning: {{.*}}/Inputs/model-unknown-kind.yaml:6:11: expected 'client', 'connection', 'pool', 'factory', 'process-init' or 'child' [clang-tidy-config]
// STAR: {{^}}warning: {{.*}}/Inputs/model-unquoted-star.yaml:7:40: model files cannot use YAML aliases; quote a value that starts with '*', as in "*arg1" [clang-tidy-config]
// REGEX: {{^}}warning: {{.*}}/Inputs/model-invalid-parameter-regex.yaml:4:6: invalid regular expression 'demo::(Request': parentheses not balanced [clang-tidy-config]
// FIXME: LLVM's wording; "the number does not fit" would be clearer.
// HUGE: {{^}}warning: {{.*}}/Inputs/model-huge-version.yaml:1:10: invalid number [clang-tidy-config]
// DEEP: {{^}}warning: {{.*}}/Inputs/model-deep-nesting.yaml:3:71: a model file nests at most 64 levels deep [clang-tidy-config]
// SECOND: {{^}}warning: {{.*}}/Inputs/model-second-document-broken.yaml:4:6: Got empty plain scalar [clang-tidy-config]

#include <hiredis/hiredis.h>

// The built-in models stay in force: reported as usual.
void churn() {
  for (int I = 0; I < 10; ++I) {
    redisContext *C = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:23: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    redisFree(C);
  }
}

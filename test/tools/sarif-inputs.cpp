// resource-sarif merges several --export-fixes files, YAML streams of several
// translation units and directories of per-unit files (run-clang-tidy
// -export-fixes dir/) into one log, reports a finding seen by several units
// once, orders the log by file and offset, resolves relative paths against
// the build directory, counts columns in code points, and keeps findings in
// files it cannot read (byte offsets, a warning). Bad input is an error with
// a non-zero exit.
// RUN: cd %S/Inputs/sarif && %resource_sarif --base-dir . tu.yaml per-tu \
// RUN:   empty.yaml -o %t.sarif 2> %t.stderr
// RUN: %python %S/Inputs/check_sarif.py --allow-byte-regions %t.sarif \
// RUN:   | FileCheck %s
// RUN: FileCheck %s --check-prefix=WARN < %t.stderr
// Without --allow-byte-regions a finding with no line is refused.
// RUN: not %python %S/Inputs/check_sarif.py %t.sarif 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-LINE

// CHECK: rule bugprone-example https://clang.llvm.org/extra/clang-tidy/checks/bugprone/example.html clang-tidy check 'bugprone-example'.
// CHECK-NEXT: rule clang-diagnostic-unused-variable - Compiler diagnostic 'clang-diagnostic-unused-variable'.
// CHECK-NEXT: rule resource-per-call-client file://{{.*}}/checks/per-call-client.md Finds network and database clients
// CHECK-NEXT: rule resource-unreleased-handle file://{{.*}}/checks/unreleased-handle.md Finds connections, clients
// CHECK-NEXT: result resource-per-call-client warning src/greet.cpp:1:1 a finding from the first file of the directory
// CHECK-NEXT: result resource-per-call-client warning src/greet.cpp:2:1 a finding from the second file of the directory
// CHECK-NEXT: fix a finding from the second file of the directory
// CHECK-NEXT: change src/greet.cpp 2:5-2:10 "hello"
// CHECK-NEXT: result resource-unreleased-handle warning src/greet.cpp:3:17-3:25 a finding after four two-byte characters
// CHECK-NEXT: related 0 src/greet.cpp:2:1 a note with a fix
// CHECK-NEXT: related 1 - a note without a place
// CHECK-NEXT: fix a note with a fix
// CHECK-NEXT: change src/greet.cpp 3:24-3:25 "1"
// CHECK-NEXT: result clang-diagnostic-unused-variable note src/greet.cpp:@500 a finding past the end of its file
// CHECK-NEXT: result bugprone-example error src/missing.cpp:@10 a finding in a file that is gone
// CHECK-NEXT: 5 results

// WARN-DAG: resource-sarif: warning: cannot read '{{.*}}src/missing.cpp': {{.*}}; its findings get byte offsets but no lines
// WARN-DAG: resource-sarif: warning: offset 500 is past the end of '{{.*}}src/greet.cpp' (66 bytes); was it changed after the run?
// WARN-NOT: warning

// NO-LINE: error: {{.*}}: runs[0].results[3].locations[0].physicalLocation.region: has no 'startLine'

// An empty file (run-clang-tidy's merged file when nothing was found) is a
// log with no results.
// RUN: %resource_sarif %S/Inputs/sarif/empty.yaml -o %t.empty.sarif
// RUN: %python %S/Inputs/check_sarif.py %t.empty.sarif | FileCheck %s --check-prefix=EMPTY
// EMPTY-NOT: result
// EMPTY: 0 results

// RUN: not %resource_sarif %S/Inputs/sarif/no-such-file.yaml 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSING
// MISSING: resource-sarif: error: cannot read '{{.*}}no-such-file.yaml': No such file or directory

// RUN: not %resource_sarif %S/Inputs/sarif/malformed.yaml -o %t.malformed.sarif 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MALFORMED
// MALFORMED: malformed.yaml:3:30: error: Could not find closing ]!
// MALFORMED: resource-sarif: error: '{{.*}}malformed.yaml' is not a clang-tidy --export-fixes file (see the YAML error above)

// RUN: not %resource_sarif %S/Inputs/sarif/tu.yaml %S/Inputs/sarif/not-fixes.yaml 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOT-FIXES
// NOT-FIXES: not-fixes.yaml:1:1: error: missing required key 'MainSourceFile'
// NOT-FIXES: resource-sarif: error: '{{.*}}not-fixes.yaml' is not a clang-tidy --export-fixes file

// RUN: not %resource_sarif --base-dir %S/Inputs/sarif/empty.yaml %S/Inputs/sarif/empty.yaml 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BASE
// BASE: resource-sarif: error: the base directory '{{.*}}empty.yaml' is not a directory

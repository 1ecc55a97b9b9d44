// The plugin belongs to the clang-tidy of the LLVM major it was built
// against. It is linked with '-z now', so a clang-tidy of another major
// (here Debian's 19 for a build against 22, or 22 for a build against 19)
// refuses it at load time with an undefined-symbol error, rather than
// loading it and silently finding nothing; it then knows no resource-* check.
// REQUIRES: other-major-clang-tidy
// RUN: not %other_tidy --load=%plugin --list-checks -checks='-*,resource-*' \
// RUN:   2>&1 | FileCheck %s --check-prefix=REFUSED
// RUN: %other_tidy --load=%plugin --list-checks \
// RUN:   -checks='-*,resource-*,bugprone-use-after-move' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LIST --implicit-check-not=resource-
// The same plugin loads into its own clang-tidy.
// RUN: %tidy --list-checks -checks='-*,resource-*' | FileCheck %s --check-prefix=OWN

// REFUSED: Error opening '{{.*}}/libResourceTidy-{{[0-9]+}}.so': {{.*}}: undefined symbol: {{.+}}
// REFUSED-NEXT: -load request ignored.
// REFUSED: No checks enabled.
// LIST: -load request ignored.
// LIST: Enabled checks:
// LIST-NEXT: bugprone-use-after-move
// OWN: Enabled checks:
// OWN-NEXT: resource-per-call-client
// OWN-NEXT: resource-shared-client-close
// OWN-NEXT: resource-unreleased-handle
// OWN-NEXT: resource-unreturned-lease

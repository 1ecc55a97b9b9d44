//===--- Compat.h - Differences between LLVM majors ----------*- C++ -*-===//
//
// resource-tidy builds against Debian 12's LLVM/Clang 22 and 19. Every API
// difference between the two is named here once, as a predicate on the
// LLVM major, so that the code using it says what it needs rather than which
// version it is on. Differences in the build (library names, tool paths) are
// in cmake/ and test/CMakeLists.txt.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_SUPPORT_COMPAT_H
#define RESOURCE_TIDY_SUPPORT_COMPAT_H

#include "llvm/Config/llvm-config.h"

// clang-tidy's module registry: LLVM 22 declares it in ClangTidyModule.h and
// turns the old ClangTidyModuleRegistry.h into a deprecation '#warning';
// LLVM 19 declares it only in ClangTidyModuleRegistry.h.
#define RESOURCE_TIDY_HAS_SEPARATE_MODULE_REGISTRY_HEADER                      \
  (LLVM_VERSION_MAJOR < 22)

#endif // RESOURCE_TIDY_SUPPORT_COMPAT_H

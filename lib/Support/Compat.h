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

// RecursiveASTVisitor::TraverseTypeLoc takes (TypeLoc, bool
// TraverseQualifier = true) in LLVM 22 and (TypeLoc) in LLVM 19. Overriders
// take a parameter pack and pass it on, which fits both with no guard
// (lib/Support/Parents.cpp).

// clang::SarifDocumentWriter::fileNameToURI is public in LLVM 22; LLVM 19
// keeps it file-local in Sarif.cpp.
#define RESOURCE_TIDY_HAS_SARIF_FILE_NAME_TO_URI (LLVM_VERSION_MAJOR >= 22)

#if RESOURCE_TIDY_HAS_SARIF_FILE_NAME_TO_URI
#include "clang/Basic/Sarif.h"
#else
#include "llvm/ADT/StringExtras.h"
#endif
#include "llvm/ADT/StringRef.h"
#include <string>

namespace resource_tidy {

/// The file URI of an absolute POSIX file name, as SARIF wants it.
inline std::string fileNameToUri(llvm::StringRef AbsolutePath) {
#if RESOURCE_TIDY_HAS_SARIF_FILE_NAME_TO_URI
  return clang::SarifDocumentWriter::fileNameToURI(AbsolutePath);
#else
  // RFC 8089 with RFC 3986 path characters: what LLVM 22 gives for POSIX
  // file names, whose root has no authority.
  std::string Uri = "file://";
  for (char C : AbsolutePath) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~:@!$&'()*+,;=").contains(C)) {
      Uri += C;
      continue;
    }
    Uri += '%';
    Uri += llvm::hexdigit(static_cast<unsigned char>(C) >> 4);
    Uri += llvm::hexdigit(static_cast<unsigned char>(C) & 15);
  }
  return Uri;
#endif
}

} // namespace resource_tidy

#endif // RESOURCE_TIDY_SUPPORT_COMPAT_H

//===--- ResourceTidyMain.cpp - clang-tidy with the resource module -------===//
//
// clang-tidy with every upstream check and the resource-* checks built in,
// so users need no --load and no matching of plugin and clang-tidy versions.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/tool/ClangTidyMain.h"

// Referencing the module's anchor keeps its static registration linked in.
extern volatile int ResourceTidyModuleAnchorSource;
[[maybe_unused]] static int ResourceTidyModuleAnchorDestination =
    ResourceTidyModuleAnchorSource;

int main(int Argc, const char **Argv) {
  return clang::tidy::clangTidyMain(Argc, Argv);
}

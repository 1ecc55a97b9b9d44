//===--- ResourceClangdMain.cpp - clangd with the resource module ---------===//
//
// clangd with every upstream clang-tidy check and the resource-* checks built
// in. Stock clangd cannot load clang-tidy plugins, so editors that should show
// resource-* diagnostics point their clangd path at this binary instead.
//
//===----------------------------------------------------------------------===//

namespace clang {
namespace clangd {
// Defined in libclangdMain.a; Debian installs no clangd headers.
int clangdMain(int Argc, char *Argv[]);
} // namespace clangd
} // namespace clang

// Referencing the module's anchor keeps its static registration linked in.
extern volatile int ResourceTidyModuleAnchorSource;
[[maybe_unused]] static int ResourceTidyModuleAnchorDestination =
    ResourceTidyModuleAnchorSource;

int main(int Argc, char *Argv[]) {
  return clang::clangd::clangdMain(Argc, Argv);
}

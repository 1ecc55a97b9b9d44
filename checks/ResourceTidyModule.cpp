//===--- ResourceTidyModule.cpp - The 'resource' clang-tidy module --------===//

#include "PerCallClientCheck.h"
#include "SharedClientCloseCheck.h"
#include "Support/Compat.h"
#include "UnreleasedHandleCheck.h"
#include "UnreturnedLeaseCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#if RESOURCE_TIDY_HAS_SEPARATE_MODULE_REGISTRY_HEADER
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace clang::tidy::resource {

class ResourceModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    // One cache per module instance: every check of a run shares the
    // loaded models and the per-translation-unit facts.
    auto Cache = std::make_shared<resource_tidy::FactsCache>();
    Factories.registerCheckFactory(
        "resource-per-call-client",
        [Cache](StringRef Name, ClangTidyContext *Context) {
          return std::make_unique<PerCallClientCheck>(Name, Context, Cache);
        });
    Factories.registerCheckFactory(
        "resource-unreleased-handle",
        [Cache](StringRef Name, ClangTidyContext *Context) {
          return std::make_unique<UnreleasedHandleCheck>(Name, Context, Cache);
        });
    Factories.registerCheckFactory(
        "resource-unreturned-lease",
        [Cache](StringRef Name, ClangTidyContext *Context) {
          return std::make_unique<UnreturnedLeaseCheck>(Name, Context, Cache);
        });
    Factories.registerCheckFactory(
        "resource-shared-client-close",
        [Cache](StringRef Name, ClangTidyContext *Context) {
          return std::make_unique<SharedClientCloseCheck>(Name, Context, Cache);
        });
  }
};

static ClangTidyModuleRegistry::Add<ResourceModule>
    X("resource-module", "Adds checks for network and database client "
                         "lifetimes.");

} // namespace clang::tidy::resource

// Referenced by tools that link the module statically, so that the linker
// keeps the registration above.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int ResourceTidyModuleAnchorSource = 0;

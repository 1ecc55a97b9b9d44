//===--- TranslationUnitFacts.h - Facts computed once per TU --------------===//
//
// Facts about one translation unit that several checks need: the hot
// function index, the helpers that acquire, the parents of user code and the
// accessors planned by fixes. Computed lazily, once,
// and shared by every check of the run through a FactsCache.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_FACTS_TRANSLATIONUNITFACTS_H
#define RESOURCE_TIDY_FACTS_TRANSLATIONUNITFACTS_H

#include "Fixes/SharedClientFix.h"
#include "Hotness/HotFunctions.h"
#include "Models/ModelLoader.h"
#include "PerCall/DerivedAcquisitions.h"
#include "Support/Parents.h"
#include "llvm/ADT/DenseMap.h"
#include <map>
#include <mutex>

namespace resource_tidy {

class TranslationUnitFacts {
public:
  TranslationUnitFacts(clang::ASTContext &Ctx,
                       std::shared_ptr<const ModelSet> Models,
                       HotnessOptions Hotness)
      : Ctx(Ctx), Models(std::move(Models)), Hotness(std::move(Hotness)),
        Parents(Ctx) {}

  const ModelSet &models() const { return *Models; }
  const HotFunctionIndex &hotFunctions();
  const DerivedAcquisitionIndex &derivedAcquisitions();
  AccessorRegistry &accessors() { return Accessors; }

private:
  clang::ASTContext &Ctx;
  std::shared_ptr<const ModelSet> Models;
  HotnessOptions Hotness;
  std::once_flag HotOnce;
  std::unique_ptr<HotFunctionIndex> Hot;
  std::once_flag DerivedOnce;
  std::unique_ptr<DerivedAcquisitionIndex> Derived;
  AccessorRegistry Accessors;
  /// Parents of user code, for parentsOf() while these facts live.
  LazyUserCodeParents Parents;
};

/// Hands out one TranslationUnitFacts per translation unit and loaded model
/// set per option string. Thread-safe: clangd runs checks of different files
/// on different threads with shared check factories.
class FactsCache {
public:
  /// The models for these options, loading them on first use. Problems
  /// found while loading are returned in \p Errors on every call.
  std::shared_ptr<const ModelSet> models(const ModelOptions &Options,
                                         std::vector<std::string> &Errors);

  std::shared_ptr<TranslationUnitFacts>
  factsFor(clang::ASTContext &Ctx, std::shared_ptr<const ModelSet> Models,
           const HotnessOptions &Hotness);

private:
  std::mutex Mutex;
  struct LoadedModels {
    std::shared_ptr<const ModelSet> Models;
    std::vector<std::string> Errors;
  };
  std::map<std::string, LoadedModels> ModelsByOptions;
  llvm::DenseMap<const clang::ASTContext *, std::weak_ptr<TranslationUnitFacts>>
      FactsByContext;
};

} // namespace resource_tidy

#endif // RESOURCE_TIDY_FACTS_TRANSLATIONUNITFACTS_H

//===--- TranslationUnitFacts.cpp - Facts computed once per TU ------------===//

#include "Facts/TranslationUnitFacts.h"
#include "llvm/ADT/StringExtras.h"

namespace resource_tidy {

const HotFunctionIndex &TranslationUnitFacts::hotFunctions() {
  std::call_once(HotOnce, [this] {
    Hot = HotFunctionIndex::build(Ctx, *Models, Hotness);
  });
  return *Hot;
}

const DerivedAcquisitionIndex &TranslationUnitFacts::derivedAcquisitions() {
  std::call_once(DerivedOnce, [this] {
    Derived = DerivedAcquisitionIndex::build(Ctx, *Models);
  });
  return *Derived;
}

static std::string cacheKey(const ModelOptions &Options) {
  return llvm::join(Options.ExtraFiles, ";") + "|" +
         llvm::join(Options.DisabledBuiltins, ";");
}

std::shared_ptr<const ModelSet>
FactsCache::models(const ModelOptions &Options,
                   std::vector<std::string> &Errors) {
  std::lock_guard<std::mutex> Lock(Mutex);
  LoadedModels &Loaded = ModelsByOptions[cacheKey(Options)];
  if (!Loaded.Models)
    Loaded.Models = loadModels(Options, Loaded.Errors);
  Errors = Loaded.Errors;
  return Loaded.Models;
}

std::shared_ptr<TranslationUnitFacts>
FactsCache::factsFor(clang::ASTContext &Ctx,
                     std::shared_ptr<const ModelSet> Models,
                     const HotnessOptions &Hotness) {
  std::lock_guard<std::mutex> Lock(Mutex);
  // Forget translation units whose checks are gone (clangd runs for long).
  llvm::SmallVector<const clang::ASTContext *, 4> Expired;
  for (const auto &Entry : FactsByContext)
    if (Entry.second.expired())
      Expired.push_back(Entry.first);
  for (const clang::ASTContext *Gone : Expired)
    FactsByContext.erase(Gone);
  std::weak_ptr<TranslationUnitFacts> &Slot = FactsByContext[&Ctx];
  if (auto Existing = Slot.lock())
    return Existing;
  auto Facts =
      std::make_shared<TranslationUnitFacts>(Ctx, std::move(Models), Hotness);
  Slot = Facts;
  return Facts;
}

} // namespace resource_tidy

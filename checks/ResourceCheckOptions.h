//===--- ResourceCheckOptions.h - Options every resource check reads ------===//
//
// The model and hotness options are shared by all resource-* checks, so they
// are read with getLocalOrGlobal: one setting in CheckOptions serves every
// check, and a check-local setting can still override it.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_CHECKS_RESOURCECHECKOPTIONS_H
#define RESOURCE_TIDY_CHECKS_RESOURCECHECKOPTIONS_H

#include "Facts/TranslationUnitFacts.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::resource {

/// Reads the shared options, loads the models and hands out the facts of
/// the current translation unit.
class ResourceCheckOptions {
public:
  ResourceCheckOptions(ClangTidyCheck::OptionsView &Options,
                       std::shared_ptr<resource_tidy::FactsCache> Cache);

  void store(ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Opts) const;

  /// Problems found in the options or model files, for configurationDiag.
  const std::vector<std::string> &errors() const { return Errors; }

  const resource_tidy::ModelSet &models() const { return *Models; }

  /// The facts of \p Ctx's translation unit, computed on first use.
  resource_tidy::TranslationUnitFacts &facts(ASTContext &Ctx);
  /// True if \p S is in a template instantiation (reported, if at all, in
  /// the template). Tested here rather than with the matcher of that name,
  /// which builds clang's parent map of every header.
  bool isInTemplateInstantiation(const Stmt &S, ASTContext &Ctx) {
    facts(Ctx); // Installs the parents of user code.
    return resource_tidy::isInTemplateInstantiation(S, Ctx);
  }
  /// Drops the facts at the end of a translation unit.
  void endTranslationUnit() { Facts.reset(); }

private:
  std::string ModelFiles;
  std::string DisabledBuiltinModels;
  std::string HandlerRegistrations;
  std::string HandlerMethods;
  std::string HotFunctions;
  unsigned MaxCallChainDepth;

  std::vector<std::string> Errors;
  resource_tidy::HotnessOptions Hotness;
  std::shared_ptr<resource_tidy::FactsCache> Cache;
  std::shared_ptr<const resource_tidy::ModelSet> Models;
  std::shared_ptr<resource_tidy::TranslationUnitFacts> Facts;
};

} // namespace clang::tidy::resource

#endif // RESOURCE_TIDY_CHECKS_RESOURCECHECKOPTIONS_H

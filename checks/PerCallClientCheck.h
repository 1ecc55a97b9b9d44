//===--- PerCallClientCheck.h - resource-per-call-client ------------------===//

#ifndef RESOURCE_TIDY_CHECKS_PERCALLCLIENTCHECK_H
#define RESOURCE_TIDY_CHECKS_PERCALLCLIENTCHECK_H

#include "Fixes/SharedClientFix.h"
#include "ResourceCheckOptions.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"

namespace clang::tidy::resource {

/// Finds network and database clients, connections and pools that are
/// created anew on every call of a frequently invoked function or on every
/// iteration of a loop, and rewrites them to one shared instance.
///
/// For the user-facing documentation see:
/// docs/checks/per-call-client.md
class PerCallClientCheck : public ClangTidyCheck {
public:
  PerCallClientCheck(StringRef Name, ClangTidyContext *Context,
                     std::shared_ptr<resource_tidy::FactsCache> Cache);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { Shared.endTranslationUnit(); }
  bool isLanguageVersionSupported(const LangOptions &) const override {
    return true;
  }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_AsIs;
  }

private:
  const resource_tidy::DerivedAcquisition *derivedFor(const CallExpr *Call,
                                                      ASTContext &Ctx);
  void report(const Expr *Acquisition, const resource_tidy::CallMatch &Match,
              const resource_tidy::DerivedAcquisition *Derived,
              const resource_tidy::CodeContext &Where,
              const resource_tidy::HotReason *Hot,
              const resource_tidy::ResourceFate &Fate, ASTContext &Ctx);
  void addHotEvidence(const FunctionDecl *Function, ASTContext &Ctx);
  resource_tidy::SharedClientFix
  planFix(const Expr *Acquisition, const resource_tidy::CallMatch &Match,
          const resource_tidy::CodeContext &Where,
          const resource_tidy::ResourceFate &Fate, ASTContext &Ctx);
  void addEdits(DiagnosticBuilder &Diag,
                const resource_tidy::SharedClientFix &Fix,
                const Expr *Acquisition, ASTContext &Ctx);

  ResourceCheckOptions Shared;
  const resource_tidy::Cost MinimumCost;
  const resource_tidy::SharedStyle SharedClientStyle;
  utils::IncludeInserter Inserter;
};

} // namespace clang::tidy::resource

namespace clang::tidy {
template <> struct OptionEnumMapping<resource_tidy::Cost> {
  static ArrayRef<std::pair<resource_tidy::Cost, StringRef>> getEnumMapping();
};
template <> struct OptionEnumMapping<resource_tidy::SharedStyle> {
  static ArrayRef<std::pair<resource_tidy::SharedStyle, StringRef>>
  getEnumMapping();
};
} // namespace clang::tidy

#endif // RESOURCE_TIDY_CHECKS_PERCALLCLIENTCHECK_H

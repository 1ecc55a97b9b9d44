//===--- UnreleasedHandleCheck.h - resource-unreleased-handle -------------===//

#ifndef RESOURCE_TIDY_CHECKS_UNRELEASEDHANDLECHECK_H
#define RESOURCE_TIDY_CHECKS_UNRELEASEDHANDLECHECK_H

#include "Lifetime/HandleLifetime.h"
#include "ResourceCheckOptions.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::resource {

/// Finds connections, clients and other handles of modelled libraries that
/// some path out of their function neither releases nor hands over.
///
/// For the user-facing documentation see:
/// docs/checks/unreleased-handle.md
class UnreleasedHandleCheck : public ClangTidyCheck {
public:
  UnreleasedHandleCheck(StringRef Name, ClangTidyContext *Context,
                        std::shared_ptr<resource_tidy::FactsCache> Cache);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { Shared.endTranslationUnit(); }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_AsIs;
  }

private:
  void report(const Expr *Acquisition, const resource_tidy::CallMatch &Match,
              const FunctionDecl *Function,
              const resource_tidy::LifetimeFindings &Findings, ASTContext &Ctx);
  /// Adds the release that closes \p L to \p Edits; false if there is no
  /// safe one.
  bool addReleaseFix(std::vector<FixItHint> &Edits,
                     const resource_tidy::Leak &L,
                     const resource_tidy::LifetimeFindings &Findings,
                     const resource_tidy::CallMatch &Match, ASTContext &Ctx);
  bool sharedByPerCallFix(const Expr *Acquisition,
                          const resource_tidy::CallMatch &Match,
                          ASTContext &Ctx);

  ResourceCheckOptions Shared;
  const bool AssumeCallsMayThrow;
  /// Functions whose CFG has more blocks are not analysed.
  const unsigned MaxFunctionBlocks;
  const bool PerCallCheckEnabled;
};

} // namespace clang::tidy::resource

#endif // RESOURCE_TIDY_CHECKS_UNRELEASEDHANDLECHECK_H

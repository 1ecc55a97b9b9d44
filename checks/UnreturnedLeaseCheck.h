//===--- UnreturnedLeaseCheck.h - resource-unreturned-lease ---------------===//

#ifndef RESOURCE_TIDY_CHECKS_UNRETURNEDLEASECHECK_H
#define RESOURCE_TIDY_CHECKS_UNRETURNEDLEASECHECK_H

#include "ResourceCheckOptions.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::resource {

/// Finds connections taken from a modelled pool that some path neither
/// gives back nor hands over, that are destroyed instead of given back, or
/// that are given back twice.
///
/// For the user-facing documentation see:
/// docs/checks/unreturned-lease.md
class UnreturnedLeaseCheck : public ClangTidyCheck {
public:
  UnreturnedLeaseCheck(StringRef Name, ClangTidyContext *Context,
                       std::shared_ptr<resource_tidy::FactsCache> Cache);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { Shared.endTranslationUnit(); }
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_AsIs;
  }

private:
  ResourceCheckOptions Shared;
  const bool AssumeCallsMayThrow;
  /// Functions whose CFG has more blocks are not analysed.
  const unsigned MaxFunctionBlocks;
};

} // namespace clang::tidy::resource

#endif // RESOURCE_TIDY_CHECKS_UNRETURNEDLEASECHECK_H

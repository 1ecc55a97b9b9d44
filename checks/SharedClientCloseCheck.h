//===--- SharedClientCloseCheck.h - resource-shared-client-close ----------===//

#ifndef RESOURCE_TIDY_CHECKS_SHAREDCLIENTCLOSECHECK_H
#define RESOURCE_TIDY_CHECKS_SHAREDCLIENTCLOSECHECK_H

#include "ResourceCheckOptions.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/Regex.h"

namespace clang::tidy::resource {

/// Finds releases of clients that others still use: a shared or global
/// client closed in frequently invoked code, a long-lived member or global
/// closed and left dangling, a process-wide teardown outside shutdown, and
/// a handle freed inside a callback after which the library frees it.
///
/// For the user-facing documentation see:
/// docs/checks/shared-client-close.md
class SharedClientCloseCheck : public ClangTidyCheck {
public:
  SharedClientCloseCheck(StringRef Name, ClangTidyContext *Context,
                         std::shared_ptr<resource_tidy::FactsCache> Cache);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    return TK_AsIs;
  }

private:
  struct Release {
    const CallExpr *Call;
    resource_tidy::CallMatch Match;
    const FunctionDecl *Function;
  };
  void examine(const Release &R, ASTContext &Ctx);
  bool isShutdownPath(const FunctionDecl *F) const;
  /// A reference to a function, and the function it is in.
  struct FunctionUse {
    const DeclRefExpr *Ref;
    const FunctionDecl *In;
  };
  const std::vector<FunctionUse> &usesOf(const FunctionDecl *F,
                                         ASTContext &Ctx);
  bool runsAtEndOfMain(const FunctionDecl *F, const Release &R, ASTContext &Ctx,
                       unsigned Depth = 0);

  ResourceCheckOptions Shared;
  const std::string ShutdownFunctions;
  llvm::Regex ShutdownPattern;
  // Collected while matching, judged at the end of the translation unit,
  // when every registration has been seen.
  std::vector<Release> Releases;
  llvm::SmallPtrSet<const FunctionDecl *, 8> ExitHandlers;
  /// Callbacks given the handle by the library, with the resource and
  /// whether the library frees it after them (or only keeps using it).
  struct LibraryCallback {
    const resource_tidy::ResourceModel *Resource;
    bool FreedAfter;
  };
  llvm::DenseMap<const FunctionDecl *, LibraryCallback> LibraryCallbacks;
  llvm::DenseMap<const FunctionDecl *, std::vector<FunctionUse>> UsesCache;
  ASTContext *Context = nullptr;
};

} // namespace clang::tidy::resource

#endif // RESOURCE_TIDY_CHECKS_SHAREDCLIENTCLOSECHECK_H

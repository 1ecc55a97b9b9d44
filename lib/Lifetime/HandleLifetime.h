//===--- HandleLifetime.h - Paths on which a handle is not released -------===//
//
// An intraprocedural dataflow over clang's CFG that follows one acquired
// handle (a connection, a client, a pool lease) from its acquisition to
// every exit of its function, and finds the exits it reaches still owned:
// an early return, a throw, the end of the function, or an assignment that
// overwrites it. Paths on which the acquisition returned NULL, where the
// model says NULL means nothing was acquired, are not leaks; noreturn paths
// are not leaks; a handle handed over (returned, stored, transferred,
// adopted by an owner) is no longer followed.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_LIFETIME_HANDLELIFETIME_H
#define RESOURCE_TIDY_LIFETIME_HANDLELIFETIME_H

#include "Models/ResourceModel.h"
#include "Support/ValueFlow.h"
#include "clang/AST/ASTContext.h"

namespace resource_tidy {

/// One way the handle is lost.
struct Leak {
  enum class Kind {
    Return,       ///< An early or final return.
    Throw,        ///< A throw expression.
    MayThrowCall, ///< A call that may throw (when calls are assumed to).
    FunctionEnd,  ///< Falling off the end of the function.
    Overwrite,    ///< The variable holding it is assigned something else.
    Dropped,      ///< The result is never stored.
    ScopeEnd,     ///< The only variable holding it goes out of scope inside
                  ///< the function (a 'continue', 'break', or a block's end).
    HelperSkipsRelease, ///< Handed to a helper that returns without
                        ///< releasing it on some path (At is the call).
  };
  Kind K;
  clang::SourceLocation Loc;
  const clang::Stmt *At = nullptr;
  /// True if on this path the handle may also be NULL (so a plain release
  /// call there must tolerate NULL).
  bool MaybeNull = false;
  /// True if some path to this exit already released it.
  bool MaybeReleased = false;
  /// For HelperSkipsRelease: the helper, and its return or throw that skips
  /// the release.
  const clang::FunctionDecl *Helper = nullptr;
  clang::SourceLocation HelperExit = {};
  bool HelperExitThrows = false;
};

/// The default of LifetimeOptions::MaxBlocks (option MaxFunctionBlocks).
constexpr unsigned DefaultMaxBlocks = 4000;

struct LifetimeOptions {
  /// Add exception edges from every call that may throw.
  bool CallsMayThrow = false;
  /// Functions whose CFG has more blocks are skipped, without a
  /// diagnostic: the analysis stays linear in practice, and a generated or
  /// giant function is rarely where a handle leaks by hand.
  unsigned MaxBlocks = DefaultMaxBlocks;
};

struct LifetimeFindings {
  /// False when the function was not analysed (too large, no CFG).
  bool Analysed = false;
  /// The local that holds the handle, if any, and every local holding it.
  const clang::VarDecl *Holder = nullptr;
  std::vector<const clang::VarDecl *> Holders;
  std::vector<Leak> Leaks;
  /// Every release of the handle in the function.
  std::vector<const clang::Expr *> Releases;
  /// Releases that run only under a condition that is not a NULL test.
  std::vector<const clang::Expr *> ConditionalReleases;
  /// Releases reached when the handle was already released on every path
  /// that gets there (a lease given back twice).
  std::vector<const clang::Expr *> RepeatedReleases;
  /// Destructions of a leased handle that should have been given back.
  std::vector<const clang::Expr *> WrongReleases;
};

/// Follows the handle \p Acquisition yields through \p Function.
LifetimeFindings analyseHandleLifetime(const clang::Expr *Acquisition,
                                       const CallMatch &Match,
                                       const ValueFlow &Flow,
                                       const clang::FunctionDecl *Function,
                                       clang::ASTContext &Ctx,
                                       const LifetimeOptions &Options);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_LIFETIME_HANDLELIFETIME_H

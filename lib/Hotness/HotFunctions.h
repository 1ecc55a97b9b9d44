//===--- HotFunctions.h - Which functions run frequently ------------------===//
//
// Infers, for one translation unit, which functions and lambdas run once per
// request, event, element or loop iteration, and keeps the evidence so that
// diagnostics can show it: the handler registration, the overridden service
// method, the attribute, or the chain of calls from a loop or a handler.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_HOTNESS_HOTFUNCTIONS_H
#define RESOURCE_TIDY_HOTNESS_HOTFUNCTIONS_H

#include "Models/ResourceModel.h"
#include "Support/ModelNames.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <string>

namespace resource_tidy {

/// Why one function counts as frequently invoked.
struct HotReason {
  enum class Kind {
    Registered,    ///< Passed to a handler or callback registration call.
    Overrides,     ///< Overrides a handler method of a library base class.
    ServiceMethod, ///< Overrides a method taking a per-request parameter.
    HotAttribute,  ///< Marked __attribute__((hot)) or annotated.
    NamePattern,   ///< Matches the user's hot function name pattern.
    CalledInLoop,  ///< Called from inside a loop body.
    CalledFromHot, ///< Called by another frequently invoked function.
  };
  Kind K = Kind::Registered;
  /// The registration call, the call site, or the function itself.
  clang::SourceLocation Loc;
  /// For CalledInLoop and CalledFromHot: the calling function.
  const clang::FunctionDecl *Caller = nullptr;
  /// For CalledInLoop: the loop around the call.
  const clang::Stmt *Loop = nullptr;
  /// For CalledInLoop and CalledFromHot: the call expression.
  const clang::Expr *CallSite = nullptr;
  /// The registration function, overridden method or pattern, by name; for
  /// a lambda handed to a function by its caller, that function.
  std::string Via;
  /// What the model says the function is, e.g. "an HTTP request handler".
  std::string Description;
  /// Number of calls between this function and a seed reason.
  unsigned Depth = 0;
  /// For Registered: the library runs the handlers it registers one at a
  /// time on one thread.
  bool Sequential = false;
};

/// User additions to the built-in handler models.
struct HotnessOptions {
  /// Qualified names of functions that register their function arguments
  /// as handlers or callbacks.
  std::vector<std::string> ExtraRegistrations;
  /// Qualified names of virtual methods whose overrides are handlers.
  std::vector<std::string> ExtraHandlerMethods;
  /// Functions whose qualified names match this regex are hot.
  std::string HotFunctionPattern;
  /// How many calls away from a loop or handler a function is still hot.
  unsigned MaxCallDepth = 4;
};

/// The hot functions of one translation unit, computed once.
class HotFunctionIndex {
public:
  static std::unique_ptr<HotFunctionIndex> build(clang::ASTContext &Ctx,
                                                 const ModelSet &Models,
                                                 const HotnessOptions &Opts);

  /// The evidence that \p F runs frequently, or null.
  const HotReason *reasonFor(const clang::FunctionDecl *F) const;

  /// \p F's reason followed by its caller's, up to the seed.
  std::vector<std::pair<const clang::FunctionDecl *, const HotReason *>>
  evidenceChain(const clang::FunctionDecl *F) const;

  /// Number of functions found hot (for tests and statistics).
  size_t size() const { return Reasons.size(); }

private:
  friend class HotFunctionBuilder;
  llvm::DenseMap<const clang::FunctionDecl *, HotReason> Reasons;
};

/// The canonical key under which a function's facts are kept: template
/// instantiations map to their pattern, redeclarations to the canonical one.
const clang::FunctionDecl *functionKey(const clang::FunctionDecl *F);

/// True for functions the user marks as rarely run: __attribute__((cold))
/// or annotate("resource-tidy:cold").
bool isMarkedCold(const clang::FunctionDecl *F);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_HOTNESS_HOTFUNCTIONS_H

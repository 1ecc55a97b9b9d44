//===--- PerCallSites.h - Does an acquisition repeat, and does it last ----===//
//
// For one modelled acquisition (a factory call or a constructor) this finds
// the function and loop that repeat it, the guards that make it run once
// (function-local static, thread_local, std::call_once), and whether what it
// made outlives the call or loop iteration: stored, returned or handed over
// means it is kept; destroyed, released or dropped means it is made anew
// each time.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_PERCALL_PERCALLSITES_H
#define RESOURCE_TIDY_PERCALL_PERCALLSITES_H

#include "Models/ResourceModel.h"
#include "Support/ValueFlow.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace resource_tidy {

/// What runs an expression only once even though its function runs often.
enum class OnceGuard {
  None,
  NotInFunction, ///< A global or member initialiser.
  StaticLocal,   ///< Initialiser of a function-local static.
  ThreadLocal,   ///< Initialiser of a thread_local: once per thread.
  CallOnce,      ///< Inside a lambda given to std::call_once.
  LazyInit,      ///< In `if (!Shared) { ... Shared = ...; }` on a member or
                 ///< global: runs until the shared object exists.
};

/// Where an expression runs.
struct CodeContext {
  /// The function or lambda call operator whose body holds the expression.
  const clang::FunctionDecl *Function = nullptr;
  /// The innermost loop of that function that repeats the expression (for
  /// a loop written with goto, its label).
  const clang::Stmt *Loop = nullptr;
  /// The source that the loop repeats: the loop statement, or from the
  /// label to the goto that jumps back.
  clang::SourceRange LoopRange;
  OnceGuard Guard = OnceGuard::None;
};

CodeContext findCodeContext(const clang::Expr *E, clang::ASTContext &Ctx);

/// What happens to the resource an acquisition made.
struct ResourceFate {
  /// True when it is kept beyond the call or iteration: returned, stored
  /// outside the function's locals, or handed to code that may keep it.
  bool Kept = false;
  /// Where it is kept, and a short explanation, when Kept.
  const clang::Stmt *KeptAt = nullptr;
  /// Kept by being returned from the function (a factory).
  bool KeptByReturn = false;
  /// Kept in a member of the object under construction or use.
  bool KeptInMember = false;
  /// The local variable that holds it, if any (the first of its aliases).
  const clang::VarDecl *Holder = nullptr;
  /// Locals that also hold it (copies, moves, wrappers built from it).
  std::vector<const clang::VarDecl *> Aliases;
  /// Release calls, deletes and method releases of the holder.
  std::vector<const clang::Expr *> Releases;
  /// The holder gets another value after its initialisation.
  bool HolderReassigned = false;
};

/// Follows the acquired resource through \p Function's body.
ResourceFate traceResource(const clang::Expr *Acquisition,
                           const CallMatch &Match,
                           const clang::FunctionDecl *Function,
                           const ModelSet &Models, clang::ASTContext &Ctx);

/// True if the resource is made anew on every iteration of the loop: its
/// holder lives inside the loop body, or the loop releases it on every
/// iteration (a release only on a failure path is a retry, not churn).
bool isRemadeEachIteration(const ResourceFate &Fate, const CodeContext &Where,
                           clang::ASTContext &Ctx);

/// Calls of the model's second-phase connect functions on the holder
/// (mysql_real_connect on a handle from mysql_init) in \p Function.
std::vector<const clang::CallExpr *>
connectCalls(const CallMatch &Match, const ResourceFate &Fate,
             const clang::FunctionDecl *Function, clang::ASTContext &Ctx);

/// True if what \p Acquisition connects to changes from one iteration of
/// the loop to the next (its arguments, or those of the model's connect
/// calls on its holder, read the loop's counter, range variable or values
/// computed from them): a loop over hosts connects to each once.
bool argumentsVaryPerIteration(const clang::Expr *Acquisition,
                               const CallMatch &Match, const ResourceFate &Fate,
                               const CodeContext &Where,
                               clang::ASTContext &Ctx);

/// True if an argument of \p Call at one of \p Indices reads a value that
/// changes from one iteration of \p Loop (in \p Function) to the next.
bool callArgumentsVaryPerIteration(const clang::Expr *Call,
                                   const clang::Stmt *Loop,
                                   const clang::FunctionDecl *Function,
                                   llvm::ArrayRef<unsigned> Indices,
                                   clang::ASTContext &Ctx);

/// The indices of \p Function's parameters that decide what \p Acquisition
/// connects to (read by its arguments, or by those of the model's connect
/// calls on its holder).
std::vector<unsigned> parametersUsed(const clang::Expr *Acquisition,
                                     const CallMatch &Match,
                                     const ResourceFate &Fate,
                                     const clang::FunctionDecl *Function,
                                     clang::ASTContext &Ctx);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_PERCALL_PERCALLSITES_H

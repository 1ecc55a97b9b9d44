//===--- ValueFlow.h - What the code around a handle does with it ---------===//
//
// Classifies one use of a resource handle by looking at the expressions
// around it: is the handle only used, released through a modelled call,
// kept beyond the function (returned, stored outside the function's locals,
// handed to a thread or a container, captured), copied into another local,
// or overwritten? The per-call and lifetime analyses both build on this.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_SUPPORT_VALUEFLOW_H
#define RESOURCE_TIDY_SUPPORT_VALUEFLOW_H

#include "Models/ResourceModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <map>
#include <optional>

namespace resource_tidy {

/// What one use does with the handle.
enum class UseKind {
  Use,          ///< Reads it or passes it to library code that only uses it.
  Release,      ///< A modelled release (or delete, or unique_ptr reset).
  Kept,         ///< Returned, stored outside locals, captured, transferred.
  MaybeKept,    ///< Handed to code that may keep it (an unknown function).
  Alias,        ///< Copied or moved into another local variable.
  Overwrite,    ///< The variable holding it gets another value.
  WrongRelease, ///< A leased handle destroyed instead of given back.
};

struct ValueStep {
  UseKind Kind = UseKind::Use;
  /// For Alias: the local that now holds the handle too.
  const clang::VarDecl *Alias = nullptr;
  /// The expression or statement that does it (the call, the return, ...).
  const clang::Stmt *At = nullptr;
  /// For Alias by assignment: the reference on the left, which is not a use.
  const clang::DeclRefExpr *AssignedRef = nullptr;
  /// For Kept: it is returned from the function.
  bool Returned = false;
  /// For Kept by a model transfer that takes it only when the call succeeds
  /// (rd_kafka_new and its conf).
  bool OnlyOnSuccess = false;
  /// For Kept: it is stored into a member of the object being worked on
  /// (`this->Conn = ...`, a constructor's member initialiser).
  bool IntoMember = false;
  /// For Release by a function whose body is visible: the parameter through
  /// which that function releases it.
  const clang::ParmVarDecl *ReleasingParameter = nullptr;
};

/// A reference to a tracked variable and what it does.
struct VariableUse {
  const clang::DeclRefExpr *Ref;
  ValueStep Step;
};

class ValueFlow {
public:
  /// Follows handles of \p Resource; with \p Lease, follows handles taken
  /// from a pool of that resource, which the lease's give calls release.
  ValueFlow(const ResourceModel &Resource, const ModelSet &Models,
            clang::ASTContext &Ctx, const LeaseModel *Lease = nullptr);

  /// What the code around \p Value (an expression yielding the handle)
  /// does with it.
  ValueStep follow(const clang::Expr *Value) const;

  /// Every reference to \p Var inside \p Body, in source order, with what
  /// it does; references from nested lambdas are captures and so Kept.
  std::vector<VariableUse> usesOf(const clang::VarDecl *Var,
                                  const clang::Stmt *Body) const;

  /// True if \p Callee releases this resource through \p Position.
  bool isRelease(const clang::FunctionDecl *Callee, ValueRef Position) const;
  bool followsLease() const { return Lease != nullptr; }
  /// True if \p Callee destroys a leased handle instead of giving it back.
  bool isWrongRelease(const clang::FunctionDecl *Callee,
                      ValueRef Position) const;

private:
  /// What a function with a visible body does with one of its parameters.
  enum class ParameterFate { Used, Released, Kept, Returned };
  std::optional<ParameterFate> summariseParameter(const clang::FunctionDecl *F,
                                                  unsigned Index) const;

  ValueStep followCallArgument(const clang::CallExpr *Call,
                               const clang::Expr *Arg,
                               const clang::Expr *Value) const;
  ValueStep followAssignment(const clang::Expr *LHS, const clang::Expr *Child,
                             const clang::Stmt *At) const;
  ValueStep followMemberUse(const clang::MemberExpr *Member) const;
  /// A use inside a lambda: kept by the lambda, unless the lambda only runs
  /// while \p Body's function runs.
  ValueStep followCaptured(const clang::DeclRefExpr *Ref,
                           const clang::LambdaExpr *Lambda,
                           const clang::Stmt *Body) const;

  const ResourceModel &Resource;
  const ModelSet &Models;
  clang::ASTContext &Ctx;
  const LeaseModel *Lease;
  mutable unsigned SummaryDepth = 0;
  mutable std::map<std::pair<const clang::FunctionDecl *, unsigned>,
                   std::optional<ParameterFate>>
      Summaries;
};

/// True if \p Acquisition initialises an object of the caller's in place
/// (`mysql_init(&Conn)`, `mysql_init(Pool->Conn)`) rather than allocating
/// one: its model names an `in_place` argument that is not NULL here.
bool initialisesInPlace(const clang::Expr *Acquisition, const CallMatch &Match);

/// The expression that denotes the acquired value for \p Match's spec: the
/// call itself, or the variable behind an out-parameter ("*argN"); null
/// when it cannot be followed.
const clang::Expr *acquiredValueExpr(const clang::Expr *Acquisition,
                                     const CallMatch &Match);

/// The expression \p V denotes relative to a call or construction: the call
/// itself, an argument, or the variable an out-parameter points to.
const clang::Expr *valueExprAt(const clang::Expr *CallOrConstruct,
                               const ValueRef &V);

/// A local variable (not static, not a reference) that can hold a handle.
bool isLocalHolder(const clang::VarDecl *V);

/// The local holder \p E names, if any.
const clang::VarDecl *localVarOf(const clang::Expr *E);

/// The data member of the object a method works on that \p E names
/// (`Conn`, `this->Conn`), if any.
const clang::FieldDecl *memberOfThis(const clang::Expr *E);

/// std::shared_ptr, std::unique_ptr or std::weak_ptr.
bool isSmartPointer(clang::QualType T);

/// Parents that pass a value through unchanged: casts, parentheses,
/// temporaries, the conditional operator.
bool isTransparent(const clang::Stmt *S);

/// True if \p F's qualified name is one of \p Names.
bool isNamed(const clang::FunctionDecl *F,
             std::initializer_list<llvm::StringRef> Names);

/// The call that runs \p Lambda right where it is written
/// (`[&] { ... }()`), if any.
const clang::CallExpr *invocationInPlace(const clang::LambdaExpr *Lambda,
                                         clang::ASTContext &Ctx);

/// The lambda expression whose call operator is \p F, if any. The parent
/// map reaches a lambda body through its call operator and class.
const clang::LambdaExpr *lambdaOfCallOperator(const clang::FunctionDecl *F,
                                              clang::ASTContext &Ctx);

/// True if \p D is declared in a system header: analyses skip such code.
bool isInSystemHeader(const clang::Decl *D, const clang::SourceManager &SM);

/// True if \p D belongs to a library: declared in a system header or in a
/// header under /usr/include or /usr/local/include.
bool isLibraryDecl(const clang::Decl *D, const clang::SourceManager &SM);

/// True if \p Loc lies inside \p Outer's source range.
bool containsLocation(clang::SourceRange Outer, clang::SourceLocation Loc,
                      const clang::SourceManager &SM);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_SUPPORT_VALUEFLOW_H

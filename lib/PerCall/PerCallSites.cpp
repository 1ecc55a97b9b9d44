//===--- PerCallSites.cpp - Does an acquisition repeat, and does it last --===//

#include "PerCall/PerCallSites.h"
#include "Support/ModelNames.h"
#include "Support/ValueFlow.h"
#include "clang/AST/ExprCXX.h"
#include "Support/Parents.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace resource_tidy {

static const DynTypedNode *firstParent(const DynTypedNode &Node,
                                       ASTContext &Ctx,
                                       DynTypedNodeList &Storage) {
  Storage = parentsOf(Node, Ctx);
  return Storage.empty() ? nullptr : &Storage[0];
}

/// True if the loop \p Loop runs \p Child more than once.
static bool repeatsChild(const Stmt *Loop, const Stmt *Child) {
  if (!Child)
    return false;
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return Child == For->getBody() || Child == For->getCond() ||
           Child == For->getInc();
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return Child == While->getBody() || Child == While->getCond();
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    return Child == Do->getBody() || Child == Do->getCond();
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
    return Child == Range->getBody() || Child == Range->getLoopVarStmt();
  return false;
}

/// Skips upward over nodes that pass a value through; returns the first
/// parent that does something with it.
static DynTypedNode skipTransparentParents(DynTypedNode Node, ASTContext &Ctx,
                                           DynTypedNode *Child) {
  DynTypedNodeList Storage = parentsOf(Node, Ctx);
  while (!Storage.empty()) {
    const auto *S = Storage[0].get<Stmt>();
    if (!S || !isTransparent(S))
      break;
    Node = Storage[0];
    Storage = parentsOf(Node, Ctx);
  }
  if (Child)
    *Child = Node;
  return Storage.empty() ? DynTypedNode() : Storage[0];
}

namespace {
/// What a lambda's surroundings do with it.
enum class LambdaUse { Other, CallOnce, InvokedInPlace };
} // namespace

static LambdaUse classifyLambda(const LambdaExpr *L, ASTContext &Ctx,
                                DynTypedNode &Call) {
  if (const CallExpr *InPlace = invocationInPlace(L, Ctx)) {
    Call = DynTypedNode::create(*InPlace);
    return LambdaUse::InvokedInPlace;
  }
  DynTypedNode Child;
  DynTypedNode Parent =
      skipTransparentParents(DynTypedNode::create(*L), Ctx, &Child);
  if (const auto *C = Parent.get<CallExpr>())
    if (isNamed(C->getDirectCallee(), {"std::call_once"}))
      return LambdaUse::CallOnce;
  return LambdaUse::Other;
}

/// The declaration a condition like `!Shared`, `Shared == nullptr` or
/// `!Shared.get()` tests, when it is a member, global or static.
static const ValueDecl *lazilyCreated(const Expr *Cond) {
  const Expr *E = Cond->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(E);
      Not && Not->getOpcode() == UO_LNot)
    E = Not->getSubExpr()->IgnoreParenImpCasts();
  else if (const auto *Eq = dyn_cast<BinaryOperator>(E);
           Eq && Eq->getOpcode() == BO_EQ)
    E = Eq->getLHS()->IgnoreParenImpCasts();
  else
    return nullptr;
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) // !Ptr.get()
    E = Call->getImplicitObjectArgument()->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) // Ptr == nullptr
    E = Op->getArg(0)->IgnoreParenImpCasts();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && !isLocalHolder(Var))
      return Var;
  return nullptr;
}

/// `if (!Shared) { ...; Shared = ...; }`: the branch runs until it has made
/// the shared object, so what it creates is created once.
static bool isLazyInitGuard(const IfStmt *If) {
  const ValueDecl *Shared =
      If->getCond() ? lazilyCreated(If->getCond()) : nullptr;
  if (!Shared)
    return false;
  struct AssignmentFinder : RecursiveASTVisitor<AssignmentFinder> {
    const ValueDecl *Target;
    bool Found = false;
    static const ValueDecl *declOf(const Expr *E) {
      E = E->IgnoreParenImpCasts();
      if (const auto *M = dyn_cast<MemberExpr>(E))
        return M->getMemberDecl();
      if (const auto *R = dyn_cast<DeclRefExpr>(E))
        return R->getDecl();
      return nullptr;
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->isAssignmentOp() && declOf(B->getLHS()) == Target)
        Found = true;
      return !Found;
    }
    bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
      if (Op->getOperator() == OO_Equal && declOf(Op->getArg(0)) == Target)
        Found = true;
      return !Found;
    }
    bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
      const CXXMethodDecl *M = Call->getMethodDecl();
      if (M && (M->getName() == "reset" || M->getName() == "emplace") &&
          declOf(Call->getImplicitObjectArgument()) == Target)
        Found = true;
      return !Found;
    }
  } Finder;
  Finder.Target = Shared;
  Finder.TraverseStmt(const_cast<Stmt *>(If->getThen()));
  return Finder.Found;
}

/// The function whose body holds \p S.
static const FunctionDecl *enclosingFunctionOf(const Stmt *S, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*S);
  for (unsigned Steps = 0; Steps < 4096; ++Steps) {
    DynTypedNodeList Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return nullptr;
    if (const auto *F = Parents[0].get<FunctionDecl>())
      return F;
    Node = Parents[0];
  }
  return nullptr;
}

/// A label before \p E that a goto after \p E jumps back to: a loop
/// written with goto.
static std::pair<const Stmt *, const Stmt *>
backwardGotoAround(const Expr *E, const FunctionDecl *F,
                   const SourceManager &SM) {
  struct GotoFinder : RecursiveASTVisitor<GotoFinder> {
    SourceLocation Site;
    const SourceManager &SM;
    const Stmt *Label = nullptr;
    const Stmt *Goto = nullptr;
    GotoFinder(SourceLocation Site, const SourceManager &SM)
        : Site(Site), SM(SM) {}
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitGotoStmt(GotoStmt *G) {
      const LabelStmt *Target = G->getLabel()->getStmt();
      if (Target && SM.isBeforeInTranslationUnit(Target->getBeginLoc(), Site) &&
          SM.isBeforeInTranslationUnit(Site, G->getBeginLoc())) {
        Label = Target;
        Goto = G;
      }
      return !Label;
    }
  } Finder(E->getBeginLoc(), SM);
  if (F && F->getBody())
    Finder.TraverseStmt(F->getBody());
  return {Finder.Label, Finder.Goto};
}

/// The function, loop and guard around \p E, following parents.
static CodeContext findEnclosingCode(const Expr *E, ASTContext &Ctx) {
  CodeContext Result;
  DynTypedNode Child = DynTypedNode::create(*E);
  DynTypedNodeList Storage = parentsOf(Child, Ctx);
  // What to do on reaching the body of lambda \p L: stop there, or go on
  // in the enclosing function when the lambda runs in place.
  auto EnterLambda = [&](const LambdaExpr *L) -> bool {
    DynTypedNode Call;
    switch (classifyLambda(L, Ctx, Call)) {
    case LambdaUse::CallOnce:
      Result.Function = L->getCallOperator();
      Result.Guard = OnceGuard::CallOnce;
      return false;
    case LambdaUse::InvokedInPlace:
      Child = Call; // The body runs as part of the enclosing function.
      return true;
    case LambdaUse::Other:
      Result.Function = L->getCallOperator();
      return false;
    }
    return false;
  };
  for (unsigned Steps = 0; Steps < 4096; ++Steps) {
    const DynTypedNode *Parent = firstParent(Child, Ctx, Storage);
    if (!Parent) {
      Result.Guard = OnceGuard::NotInFunction;
      return Result;
    }
    if (const auto *S = Parent->get<Stmt>()) {
      if (!Result.Loop && repeatsChild(S, Child.get<Stmt>()))
        Result.Loop = S;
      if (const auto *If = dyn_cast<IfStmt>(S);
          If && Child.get<Stmt>() == If->getThen() && isLazyInitGuard(If)) {
        Result.Guard = OnceGuard::LazyInit;
        Result.Function = enclosingFunctionOf(If, Ctx);
        return Result;
      }
      if (const auto *L = dyn_cast<LambdaExpr>(S);
          L && Child.get<Stmt>() == L->getBody()) {
        if (EnterLambda(L))
          continue;
        return Result;
      }
    } else if (const auto *D = Parent->get<Decl>()) {
      if (const auto *V = dyn_cast<VarDecl>(D)) {
        if (V->getTLSKind() != VarDecl::TLS_None)
          Result.Guard = OnceGuard::ThreadLocal;
        else if (V->isStaticLocal())
          Result.Guard = OnceGuard::StaticLocal;
        else if (!V->isLocalVarDecl())
          Result.Guard = OnceGuard::NotInFunction;
        if (Result.Guard != OnceGuard::None) {
          Result.Function =
              dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod());
          return Result;
        }
      } else if (const auto *F = dyn_cast<FunctionDecl>(D)) {
        if (const LambdaExpr *L = lambdaOfCallOperator(F, Ctx)) {
          if (EnterLambda(L))
            continue;
          return Result;
        }
        Result.Function = F;
        return Result;
      } else {
        Result.Guard = OnceGuard::NotInFunction;
        return Result;
      }
    }
    Child = *Parent;
  }
  Result.Guard = OnceGuard::NotInFunction;
  return Result;
}

CodeContext findCodeContext(const Expr *E, ASTContext &Ctx) {
  CodeContext Result = findEnclosingCode(E, Ctx);
  if (Result.Loop) {
    Result.LoopRange = Result.Loop->getSourceRange();
  } else if (Result.Guard == OnceGuard::None && Result.Function) {
    auto [Label, Goto] =
        backwardGotoAround(E, Result.Function, Ctx.getSourceManager());
    if (Label) {
      Result.Loop = Label;
      Result.LoopRange = {Label->getBeginLoc(), Goto->getEndLoc()};
    }
  }
  return Result;
}

namespace {

/// Follows one acquired handle through its function: into the locals that
/// hold it, to its releases, and to wherever it is kept.
class ResourceTracer {
public:
  ResourceTracer(const ValueFlow &Flow, const FunctionDecl *Function,
                 ResourceFate &Fate)
      : Flow(Flow), Function(Function), Fate(Fate) {}

  void traceFrom(const Expr *Value) {
    apply(Flow.follow(Value));
    finish();
  }

  void traceHolderVariable(const VarDecl *V, const Expr *Skip) {
    Skipped.insert(Skip);
    addAlias(V);
    finish();
  }

private:
  void finish() {
    while (!Worklist.empty() && !Fate.Kept)
      traceHolder(Worklist.pop_back_val());
    // Handed to code that may keep it, and never released here: assume it
    // is kept rather than guess.
    if (!Fate.Kept && PossiblyKeptAt && Fate.Releases.empty()) {
      Fate.Kept = true;
      Fate.KeptAt = PossiblyKeptAt;
    }
  }

  void apply(const ValueStep &Step) {
    switch (Step.Kind) {
    case UseKind::Use:
      break;
    case UseKind::Release:
      if (const auto *E = dyn_cast_or_null<Expr>(Step.At))
        Fate.Releases.push_back(E);
      break;
    case UseKind::Kept:
      Fate.Kept = true;
      Fate.KeptAt = Step.At;
      Fate.KeptByReturn = Step.Returned;
      Fate.KeptInMember = Step.IntoMember;
      break;
    case UseKind::MaybeKept:
      if (!PossiblyKeptAt)
        PossiblyKeptAt = Step.At;
      break;
    case UseKind::Alias:
      if (Step.AssignedRef) {
        Skipped.insert(Step.AssignedRef);
        // Assigned into a variable that already held something else (a
        // fallback connection): the variable has two lives.
        const Expr *Init = Step.Alias->getInit();
        if (Init &&
            !Init->IgnoreImplicit()->isNullPointerConstant(
                Step.Alias->getASTContext(), Expr::NPC_ValueDependentIsNotNull))
          Fate.HolderReassigned = true;
      }
      addAlias(Step.Alias);
      break;
    case UseKind::Overwrite:
      Fate.HolderReassigned = true;
      break;
    case UseKind::WrongRelease:
      break;
    }
  }

  void addAlias(const VarDecl *V) {
    if (!Seen.insert(V).second)
      return;
    if (!Fate.Holder)
      Fate.Holder = V;
    else
      Fate.Aliases.push_back(V);
    Worklist.push_back(V);
  }

  void traceHolder(const VarDecl *V) {
    for (const VariableUse &Use : Flow.usesOf(V, Function->getBody())) {
      if (Skipped.count(Use.Ref))
        continue;
      apply(Use.Step);
      if (Fate.Kept)
        return;
    }
  }

  const ValueFlow &Flow;
  const FunctionDecl *Function;
  ResourceFate &Fate;
  const Stmt *PossiblyKeptAt = nullptr;
  llvm::SmallVector<const VarDecl *, 4> Worklist;
  llvm::SmallPtrSet<const VarDecl *, 4> Seen;
  llvm::SmallPtrSet<const Expr *, 4> Skipped;
};

} // namespace

ResourceFate traceResource(const Expr *Acquisition, const CallMatch &Match,
                           const FunctionDecl *Function, const ModelSet &Models,
                           ASTContext &Ctx) {
  ResourceFate Fate;
  if (!Function || !Function->getBody())
    return Fate;
  ValueFlow Flow(*Match.Resource, Models, Ctx);
  ResourceTracer Tracer(Flow, Function, Fate);
  const Expr *Value = acquiredValueExpr(Acquisition, Match);
  if (!Value) {
    Fate.Kept = true; // An out-parameter we cannot follow.
    Fate.KeptAt = Acquisition;
    return Fate;
  }
  if (Value == Acquisition) {
    Tracer.traceFrom(Acquisition);
    return Fate;
  }
  // Out-parameter: the variable whose address was passed holds it.
  if (const VarDecl *Holder = localVarOf(Value)) {
    Tracer.traceHolderVariable(Holder, Value->IgnoreParenImpCasts());
    return Fate;
  }
  Fate.Kept = true;
  Fate.KeptAt = Value;
  return Fate;
}

namespace {
/// The variables whose value changes from one iteration of a loop to the
/// next: its counters and range variable, what its condition or increment
/// assigns, and locals of its body computed from those.
class LoopVariables : public RecursiveASTVisitor<LoopVariables> {
public:
  LoopVariables(const CodeContext &Where, ASTContext &Ctx)
      : SM(Ctx.getSourceManager()), Range(Where.LoopRange) {
    const Stmt *Loop = Where.Loop;
    if (const auto *For = dyn_cast<ForStmt>(Loop)) {
      collectDeclared(For->getInit());
      collectAssigned(For->getInc());
      collectAssigned(For->getCond());
    } else if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop)) {
      Varying.insert(RangeFor->getLoopVariable());
    } else if (const auto *While = dyn_cast<WhileStmt>(Loop)) {
      collectAssigned(While->getCond());
    } else if (const auto *Do = dyn_cast<DoStmt>(Loop)) {
      collectAssigned(Do->getCond());
    }
    // Locals of the body computed from those, a few steps deep.
    const Stmt *Body = loopBody(Loop);
    for (unsigned Pass = 0; Body && Pass < 3; ++Pass) {
      size_t Before = Varying.size();
      Derive = true;
      TraverseStmt(const_cast<Stmt *>(Body));
      Derive = false;
      if (Varying.size() == Before)
        break;
    }
  }

  /// True if \p E reads a varying variable.
  bool mentionsVarying(const Expr *E) const {
    if (!E)
      return false;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return Varying.count(Ref->getDecl());
    // '&Handle' receives a result; it is not an input.
    if (const auto *Op = dyn_cast<UnaryOperator>(E);
        Op && Op->getOpcode() == UO_AddrOf &&
        isa<DeclRefExpr>(Op->getSubExpr()->IgnoreParenImpCasts()))
      return false;
    for (const Stmt *Child : E->children())
      if (const auto *ChildExpr = dyn_cast_or_null<Expr>(Child);
          ChildExpr && mentionsVarying(ChildExpr))
        return true;
    return false;
  }

  bool VisitVarDecl(VarDecl *V) {
    if (Derive && V->getInit() && mentionsVarying(V->getInit()))
      Varying.insert(V);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (Derive && B->isAssignmentOp() && mentionsVarying(B->getRHS()))
      if (const auto *Ref =
              dyn_cast<DeclRefExpr>(B->getLHS()->IgnoreParenImpCasts()))
        Varying.insert(Ref->getDecl());
    return true;
  }

private:
  static const Stmt *loopBody(const Stmt *Loop) {
    if (const auto *For = dyn_cast<ForStmt>(Loop))
      return For->getBody();
    if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop))
      return RangeFor->getBody();
    if (const auto *While = dyn_cast<WhileStmt>(Loop))
      return While->getBody();
    if (const auto *Do = dyn_cast<DoStmt>(Loop))
      return Do->getBody();
    return nullptr;
  }

  void collectDeclared(const Stmt *S) {
    if (const auto *Decls = dyn_cast_or_null<DeclStmt>(S))
      for (const Decl *D : Decls->decls())
        if (const auto *V = dyn_cast<VarDecl>(D))
          Varying.insert(V);
  }

  /// Variables assigned, incremented or decremented in \p S.
  void collectAssigned(const Stmt *S) {
    if (!S)
      return;
    const Expr *Target = nullptr;
    if (const auto *B = dyn_cast<BinaryOperator>(S); B && B->isAssignmentOp())
      Target = B->getLHS();
    else if (const auto *U = dyn_cast<UnaryOperator>(S);
             U && U->isIncrementDecrementOp())
      Target = U->getSubExpr();
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
             Op && Op->getNumArgs() > 0 &&
             (Op->isAssignmentOp() || Op->getOperator() == OO_PlusPlus ||
              Op->getOperator() == OO_MinusMinus))
      Target = Op->getArg(0);
    if (Target)
      if (const auto *Ref =
              dyn_cast<DeclRefExpr>(Target->IgnoreParenImpCasts()))
        Varying.insert(Ref->getDecl());
    for (const Stmt *Child : S->children())
      collectAssigned(Child);
  }

  const SourceManager &SM;
  SourceRange Range;
  bool Derive = false;
  llvm::SmallPtrSet<const Decl *, 8> Varying;
};
} // namespace

/// Calls of the model's second-phase connect functions on the holder
/// (mysql_real_connect on a handle from mysql_init).
static std::vector<const CallExpr *> connectCalls(const CallMatch &Match,
                                                  const ResourceFate &Fate,
                                                  const FunctionDecl *Function,
                                                  ASTContext &Ctx) {
  std::vector<const CallExpr *> Calls;
  if (Match.Resource->Connect.empty() || !Fate.Holder || !Function)
    return Calls;
  struct Finder : RecursiveASTVisitor<Finder> {
    const ResourceModel &Model;
    const VarDecl *Holder;
    std::vector<const CallExpr *> &Calls;
    Finder(const ResourceModel &Model, const VarDecl *Holder,
           std::vector<const CallExpr *> &Calls)
        : Model(Model), Holder(Holder), Calls(Calls) {}
    bool VisitCallExpr(CallExpr *Call) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Callee)
        return true;
      std::string Name = modelName(Callee);
      for (const CallSpec &Spec : Model.Connect)
        if (nameMatches(Spec.Call, Name) &&
            Spec.Value.K == ValueRef::Kind::Arg &&
            Spec.Value.Index < Call->getNumArgs())
          if (const VarDecl *V = localVarOf(Call->getArg(Spec.Value.Index));
              V == Holder)
            Calls.push_back(Call);
      return true;
    }
  } F(*Match.Resource, Fate.Holder, Calls);
  F.TraverseStmt(Function->getBody());
  return Calls;
}

/// The arguments that decide what an acquisition connects to.
static std::vector<const Expr *> targetArguments(const Expr *Acquisition) {
  std::vector<const Expr *> Args;
  if (const auto *Call = dyn_cast<CallExpr>(Acquisition))
    Args.assign(Call->arg_begin(), Call->arg_end());
  else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Acquisition))
    Args.assign(Construct->arg_begin(), Construct->arg_end());
  return Args;
}

bool argumentsVaryPerIteration(const Expr *Acquisition, const CallMatch &Match,
                               const ResourceFate &Fate,
                               const CodeContext &Where, ASTContext &Ctx) {
  LoopVariables Loop(Where, Ctx);
  std::vector<const Expr *> Args = targetArguments(Acquisition);
  for (const CallExpr *Connect : connectCalls(Match, Fate, Where.Function, Ctx))
    Args.insert(Args.end(), Connect->arg_begin(), Connect->arg_end());
  return llvm::any_of(
      Args, [&](const Expr *Arg) { return Loop.mentionsVarying(Arg); });
}

bool callArgumentsVaryPerIteration(const Expr *Call, const Stmt *Loop,
                                   const FunctionDecl *Function,
                                   llvm::ArrayRef<unsigned> Indices,
                                   ASTContext &Ctx) {
  CodeContext Where;
  Where.Function = Function;
  Where.Loop = Loop;
  Where.LoopRange = Loop->getSourceRange();
  LoopVariables Variables(Where, Ctx);
  std::vector<const Expr *> Args = targetArguments(Call);
  return llvm::any_of(Indices, [&](unsigned Index) {
    return Index < Args.size() && Variables.mentionsVarying(Args[Index]);
  });
}

std::vector<unsigned> parametersUsed(const Expr *Acquisition,
                                     const CallMatch &Match,
                                     const ResourceFate &Fate,
                                     const FunctionDecl *Function,
                                     ASTContext &Ctx) {
  std::vector<const Expr *> Args = targetArguments(Acquisition);
  for (const CallExpr *Connect : connectCalls(Match, Fate, Function, Ctx))
    Args.insert(Args.end(), Connect->arg_begin(), Connect->arg_end());
  std::vector<unsigned> Used;
  std::function<void(const Stmt *)> Collect = [&](const Stmt *S) {
    if (!S)
      return;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
        if (!llvm::is_contained(Used, Param->getFunctionScopeIndex()))
          Used.push_back(Param->getFunctionScopeIndex());
    for (const Stmt *Child : S->children())
      Collect(Child);
  };
  for (const Expr *Arg : Args)
    Collect(Arg);
  return Used;
}

/// True if \p Release sits in a branch (if, switch, ?:) inside the loop
/// rather than running on every iteration.
static bool isConditionalInLoop(const Expr *Release, const Stmt *Loop,
                                ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Release);
  for (unsigned Steps = 0; Steps < 256; ++Steps) {
    DynTypedNodeList Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return false;
    const auto *S = Parents[0].get<Stmt>();
    if (!S || S == Loop)
      return false;
    if (const auto *If = dyn_cast<IfStmt>(S);
        If && Node.get<Stmt>() != If->getCond())
      return true;
    if (isa<SwitchStmt, ConditionalOperator>(S))
      return true;
    Node = Parents[0];
  }
  return false;
}

bool isRemadeEachIteration(const ResourceFate &Fate, const CodeContext &Where,
                           ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (!Fate.Holder ||
      containsLocation(Where.LoopRange, Fate.Holder->getLocation(), SM))
    return true;
  return llvm::any_of(Fate.Releases, [&](const Expr *Release) {
    return containsLocation(Where.LoopRange, Release->getBeginLoc(), SM) &&
           !isConditionalInLoop(Release, Where.Loop, Ctx);
  });
}

} // namespace resource_tidy

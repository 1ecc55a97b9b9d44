//===--- PerCallSites.cpp - Does an acquisition repeat, and does it last --===//

#include "PerCall/PerCallSites.h"
#include "Support/ValueFlow.h"
#include "clang/AST/ExprCXX.h"
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
  Storage = Ctx.getParents(Node);
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
  DynTypedNodeList Storage = Ctx.getParents(Node);
  while (!Storage.empty()) {
    const auto *S = Storage[0].get<Stmt>();
    if (!S || !isTransparent(S))
      break;
    Node = Storage[0];
    Storage = Ctx.getParents(Node);
  }
  if (Child)
    *Child = Node;
  return Storage.empty() ? DynTypedNode() : Storage[0];
}

/// What a lambda's surroundings do with it.
enum class LambdaUse { Other, CallOnce, InvokedInPlace };

static LambdaUse classifyLambda(const LambdaExpr *L, ASTContext &Ctx,
                                DynTypedNode &Call) {
  DynTypedNode Child;
  DynTypedNode Parent =
      skipTransparentParents(DynTypedNode::create(*L), Ctx, &Child);
  if (const auto *Op = Parent.get<CXXOperatorCallExpr>()) {
    if (Op->getOperator() == OO_Call && Op->getNumArgs() > 0 &&
        Op->getArg(0)->IgnoreImplicit() == L) {
      Call = Parent;
      return LambdaUse::InvokedInPlace;
    }
  }
  if (const auto *C = Parent.get<CallExpr>())
    if (isNamed(C->getDirectCallee(), {"std::call_once"}))
      return LambdaUse::CallOnce;
  return LambdaUse::Other;
}

/// The lambda expression whose call operator is \p F, if any. The parent
/// map reaches a lambda body through its call operator and class.
static const LambdaExpr *lambdaOf(const FunctionDecl *F, ASTContext &Ctx) {
  const auto *Method = dyn_cast<CXXMethodDecl>(F);
  if (!Method || !Method->getParent()->isLambda())
    return nullptr;
  DynTypedNode Node = DynTypedNode::create(*Method->getParent());
  for (unsigned Steps = 0; Steps < 4; ++Steps) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return nullptr;
    if (const auto *L = Parents[0].get<LambdaExpr>())
      return L;
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
  DynTypedNodeList Storage = Ctx.getParents(Child);
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
        if (const LambdaExpr *L = lambdaOf(F, Ctx)) {
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
        if (Init && !Init->IgnoreImplicit()->isNullPointerConstant(
                        Step.Alias->getASTContext(),
                        Expr::NPC_ValueDependentIsNotNull))
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
                           const FunctionDecl *Function,
                           const ModelSet &Models, ASTContext &Ctx) {
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

bool argumentsVaryPerIteration(const Expr *Acquisition,
                               const CodeContext &Where, ASTContext &Ctx) {
  struct LoopVariableFinder : RecursiveASTVisitor<LoopVariableFinder> {
    SourceRange Loop;
    const SourceManager &SM;
    bool Found = false;
    LoopVariableFinder(SourceRange Loop, const SourceManager &SM)
        : Loop(Loop), SM(SM) {}
    bool TraverseUnaryOperator(UnaryOperator *Op) {
      // '&Handle' receives the result; it is not an input.
      if (Op->getOpcode() == UO_AddrOf &&
          isa<DeclRefExpr>(Op->getSubExpr()->IgnoreParenImpCasts()))
        return true;
      return RecursiveASTVisitor::TraverseUnaryOperator(Op);
    }
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      const auto *V = dyn_cast<VarDecl>(E->getDecl());
      if (V && V->isLocalVarDeclOrParm() &&
          containsLocation(Loop, V->getLocation(), SM))
        Found = true;
      return !Found;
    }
  } Finder(Where.LoopRange, Ctx.getSourceManager());
  auto Visit = [&](auto Args) {
    for (const Expr *Arg : Args)
      Finder.TraverseStmt(const_cast<Expr *>(Arg));
  };
  if (const auto *Call = dyn_cast<CallExpr>(Acquisition))
    Visit(Call->arguments());
  else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Acquisition))
    Visit(Construct->arguments());
  return Finder.Found;
}

/// True if \p Release sits in a branch (if, switch, ?:) inside the loop
/// rather than running on every iteration.
static bool isConditionalInLoop(const Expr *Release, const Stmt *Loop,
                                ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Release);
  for (unsigned Steps = 0; Steps < 256; ++Steps) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
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
  if (!Fate.Holder || containsLocation(Where.LoopRange,
                                       Fate.Holder->getLocation(), SM))
    return true;
  return llvm::any_of(Fate.Releases, [&](const Expr *Release) {
    return containsLocation(Where.LoopRange, Release->getBeginLoc(), SM) &&
           !isConditionalInLoop(Release, Where.Loop, Ctx);
  });
}

} // namespace resource_tidy

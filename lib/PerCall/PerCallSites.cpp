//===--- PerCallSites.cpp - Does an acquisition repeat, and does it last --===//

#include "PerCall/PerCallSites.h"
#include "Hotness/HotFunctions.h"
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

/// Nodes that pass a value through unchanged.
static bool isTransparent(const Stmt *S) {
  return isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
             CXXBindTemporaryExpr, ExprWithCleanups, CXXFunctionalCastExpr,
             CXXStaticCastExpr, CStyleCastExpr, CXXConstCastExpr,
             CXXReinterpretCastExpr, ConditionalOperator,
             BinaryConditionalOperator, ConstantExpr>(S);
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

static bool isNamed(const FunctionDecl *F, std::initializer_list<StringRef> Names) {
  if (!F)
    return false;
  std::string Name = F->getQualifiedNameAsString();
  return llvm::is_contained(Names, StringRef(Name));
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

CodeContext findCodeContext(const Expr *E, ASTContext &Ctx) {
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

const Expr *acquiredValueExpr(const Expr *Acquisition, const CallMatch &M) {
  const ValueRef &V = M.Spec->Value;
  const auto *Call = dyn_cast<CallExpr>(Acquisition);
  if (!Call || V.K != ValueRef::Kind::ArgPointee)
    return Acquisition;
  if (V.Index >= Call->getNumArgs())
    return nullptr;
  const Expr *Arg = Call->getArg(V.Index)->IgnoreParenImpCasts();
  if (const auto *Addr = dyn_cast<UnaryOperator>(Arg))
    if (Addr->getOpcode() == UO_AddrOf)
      return Addr->getSubExpr()->IgnoreParenImpCasts();
  return nullptr;
}

namespace {

/// How one step of the value's path treats it.
enum class Step { Use, Released, Kept, MaybeKept, Alias, Reassigned };

struct StepResult {
  Step S = Step::Use;
  const VarDecl *Alias = nullptr;
  const Stmt *At = nullptr;
};

bool isSmartPointer(QualType T) {
  const auto *R = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!R)
    return false;
  std::string Name = R->getQualifiedNameAsString();
  return Name == "std::shared_ptr" || Name == "std::unique_ptr" ||
         Name == "std::weak_ptr";
}

/// A class object the caller owns by value: its destructor ends it.
bool isOwnedObject(QualType T) {
  T = T.getNonReferenceType();
  return T->getAsCXXRecordDecl() && !isSmartPointer(T);
}

bool isLocalHolder(const VarDecl *V) {
  return V && V->isLocalVarDecl() && !V->isStaticLocal() &&
         V->getTLSKind() == VarDecl::TLS_None &&
         !V->getType()->isReferenceType();
}

const VarDecl *localVarOf(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  if (!Ref)
    return nullptr;
  const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
  return isLocalHolder(V) ? V : nullptr;
}

/// Methods through which a container or wrapper takes a value to keep.
bool isStoringMethod(StringRef Name) {
  static const llvm::StringSet<> Names = {
      "push_back", "emplace_back", "push_front", "emplace_front", "push",
      "emplace",   "insert",       "try_emplace", "insert_or_assign",
      "emplace_hint", "assign", "set_value", "store", "exchange", "swap"};
  return Names.contains(Name);
}

/// Library calls that keep their arguments beyond the call.
bool keepsArguments(const FunctionDecl *F) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(F)) {
    std::string Class = Ctor->getParent()->getQualifiedNameAsString();
    return Class == "std::thread" || Class == "std::jthread";
  }
  return isNamed(F, {"std::async", "std::make_pair", "std::make_tuple",
                     "std::bind", "std::thread::thread"});
}

class ResourceTracer {
public:
  ResourceTracer(const CallMatch &Match, const FunctionDecl *Function,
                 const ModelSet &Models, ASTContext &Ctx, ResourceFate &Fate)
      : Match(Match), Function(Function), Models(Models), Ctx(Ctx),
        SM(Ctx.getSourceManager()), Fate(Fate) {}

  void traceFrom(const Expr *Value) {
    StepResult R = follow(Value, /*FromHolder=*/false);
    apply(R);
    while (!Worklist.empty() && !Fate.Kept) {
      const VarDecl *V = Worklist.pop_back_val();
      traceHolder(V);
    }
    if (!Fate.Kept && PossiblyKeptAt && Fate.Releases.empty()) {
      Fate.Kept = true;
      Fate.KeptAt = PossiblyKeptAt;
    }
  }

  void traceHolderVariable(const VarDecl *V) {
    addAlias(V);
    while (!Worklist.empty() && !Fate.Kept)
      traceHolder(Worklist.pop_back_val());
    if (!Fate.Kept && PossiblyKeptAt && Fate.Releases.empty()) {
      Fate.Kept = true;
      Fate.KeptAt = PossiblyKeptAt;
    }
  }

  void skipUse(const Expr *E) { SkippedUses.insert(E); }

private:
  void apply(const StepResult &R) {
    switch (R.S) {
    case Step::Use:
      break;
    case Step::Released:
      if (const auto *E = dyn_cast_or_null<Expr>(R.At))
        Fate.Releases.push_back(E);
      break;
    case Step::Kept:
      Fate.Kept = true;
      Fate.KeptAt = R.At;
      break;
    case Step::MaybeKept:
      if (!PossiblyKeptAt)
        PossiblyKeptAt = R.At;
      break;
    case Step::Alias:
      addAlias(R.Alias);
      break;
    case Step::Reassigned:
      Fate.HolderReassigned = true;
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

  /// Every reference to \p V in the function, each followed upward.
  void traceHolder(const VarDecl *V) {
    struct RefFinder : RecursiveASTVisitor<RefFinder> {
      const VarDecl *Target;
      std::vector<std::pair<const DeclRefExpr *, bool>> Refs;
      unsigned LambdaDepth = 0;
      bool shouldVisitLambdaBody() const { return true; }
      bool TraverseLambdaExpr(LambdaExpr *L) {
        ++LambdaDepth;
        bool Ok = RecursiveASTVisitor::TraverseLambdaExpr(L);
        --LambdaDepth;
        return Ok;
      }
      bool VisitDeclRefExpr(DeclRefExpr *E) {
        if (E->getDecl() == Target)
          Refs.push_back({E, LambdaDepth > 0});
        return true;
      }
    } Finder;
    Finder.Target = V;
    Finder.TraverseStmt(const_cast<Stmt *>(Function->getBody()));
    for (const auto &[Ref, InLambda] : Finder.Refs) {
      if (SkippedUses.count(Ref))
        continue;
      if (InLambda) {
        apply({Step::Kept, nullptr, Ref});
        return;
      }
      apply(follow(Ref, /*FromHolder=*/true));
      if (Fate.Kept)
        return;
    }
  }

  bool isReleaseOfThis(const FunctionDecl *Callee, ValueRef Position) {
    for (const CallMatch &M : Models.findRelease(modelName(Callee)))
      if (M.Resource == Match.Resource && M.Spec->Value == Position)
        return true;
    return false;
  }

  StepResult followCallArgument(const CallExpr *Call, const Expr *Arg,
                                const Expr *Value) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return {Step::MaybeKept, nullptr, Call};
    unsigned Index = 0;
    for (; Index < Call->getNumArgs(); ++Index)
      if (Call->getArg(Index) == Arg)
        break;
    if (Index == Call->getNumArgs())
      return {Step::Use, nullptr, Call};
    // Member operators count the object as argument 0; models do not.
    unsigned ParamIndex = Index;
    if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee)) {
      if (Index == 0)
        return {Step::Use, nullptr, Call};
      ParamIndex = Index - 1;
    }
    if (isReleaseOfThis(Callee, ValueRef::arg(ParamIndex)))
      return {Step::Released, nullptr, Call};
    if (keepsArguments(Callee))
      return {Step::Kept, nullptr, Call};
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
      if (isStoringMethod(Method->getName()))
        return {Step::Kept, nullptr, Call};
    QualType ParamType;
    if (ParamIndex < Callee->getNumParams())
      ParamType = Callee->getParamDecl(ParamIndex)->getType();
    bool PassedByReference =
        !ParamType.isNull() && ParamType->isLValueReferenceType();
    bool InLibrary =
        SM.isInSystemHeader(SM.getSpellingLoc(Callee->getLocation()));
    if (InLibrary) {
      // Library functions use handles they are given; class objects by
      // value (shared_ptr copies) may be kept.
      if (!ParamType.isNull() && ParamType->getAsCXXRecordDecl() &&
          !PassedByReference && isSmartPointer(ParamType))
        return {Step::MaybeKept, nullptr, Call};
      return {Step::Use, nullptr, Call};
    }
    // An owned object passed by reference cannot be kept past its scope.
    if (isOwnedObject(Value->getType()) && PassedByReference &&
        !isSmartPointer(Value->getType()))
      return {Step::Use, nullptr, Call};
    // The callee's result may carry the resource (a stub built on a
    // channel); follow it when it lands in a local.
    StepResult Result = follow(Call, /*FromHolder=*/false);
    if (Result.S == Step::Alias || Result.S == Step::Kept)
      return Result;
    return {Step::MaybeKept, nullptr, Call};
  }

  /// Follows a value upward from \p Start until something uses, keeps or
  /// releases it.
  StepResult follow(const Expr *Start, bool FromHolder) {
    DynTypedNode Child = DynTypedNode::create(*Start);
    const Expr *Value = Start;
    DynTypedNodeList Storage = Ctx.getParents(Child);
    for (unsigned Steps = 0; Steps < 64; ++Steps) {
      const DynTypedNode *Parent = firstParent(Child, Ctx, Storage);
      if (!Parent)
        return {Step::Use, nullptr, nullptr};
      if (const auto *V = Parent->get<VarDecl>()) {
        if (isLocalHolder(V))
          return {Step::Alias, V, Value};
        if (V->isLocalVarDecl() && V->getType()->isReferenceType())
          return {Step::Use, nullptr, Value};
        return {Step::Kept, nullptr, Value};
      }
      const auto *P = Parent->get<Stmt>();
      if (!P)
        return {Step::Kept, nullptr, Value};
      const auto *ChildExpr = Child.get<Expr>();
      if (isTransparent(P) || isa<CXXNewExpr, InitListExpr>(P)) {
        Child = *Parent;
        continue;
      }
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(P)) {
        if (keepsArguments(Construct->getConstructor()))
          return {Step::Kept, nullptr, P};
        Child = *Parent; // A wrapper or copy now holds it.
        continue;
      }
      if (isa<ReturnStmt, CoreturnStmt, CoyieldExpr, CXXThrowExpr>(P))
        return {Step::Kept, nullptr, P};
      if (isa<LambdaExpr>(P))
        return {Step::Kept, nullptr, P};
      if (const auto *Delete = dyn_cast<CXXDeleteExpr>(P)) {
        (void)Delete;
        return {Step::Released, nullptr, P};
      }
      if (const auto *Op = dyn_cast<UnaryOperator>(P)) {
        if (Op->getOpcode() == UO_AddrOf && !isOwnedObject(Value->getType()))
          return {Step::MaybeKept, nullptr, P};
        return {Step::Use, nullptr, P};
      }
      if (const auto *Bin = dyn_cast<BinaryOperator>(P)) {
        if (!Bin->isAssignmentOp())
          return {Step::Use, nullptr, P};
        return followAssignment(Bin->getLHS(), Bin->getRHS(), ChildExpr, P);
      }
      if (const auto *Member = dyn_cast<MemberExpr>(P))
        return followMemberUse(Member, Parent);
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
        if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
          return followAssignment(Op->getArg(0), Op->getArg(1), ChildExpr, P);
        if (Op->getNumArgs() > 0 && Op->getArg(0) == ChildExpr)
          return {Step::Use, nullptr, P}; // ->, *, [], comparisons
      }
      if (const auto *Call = dyn_cast<CallExpr>(P)) {
        if (isNamed(Call->getDirectCallee(), {"std::move", "std::forward"})) {
          Child = *Parent;
          continue;
        }
        return followCallArgument(Call, ChildExpr, Value);
      }
      // Conditions, expression statements and the like only look at it.
      return {Step::Use, nullptr, P};
    }
    return {Step::MaybeKept, nullptr, Start};
  }

  StepResult followAssignment(const Expr *LHS, const Expr *RHS,
                              const Expr *ChildExpr, const Stmt *At) {
    if (ChildExpr == LHS ||
        (ChildExpr && LHS->IgnoreParenImpCasts() ==
                          ChildExpr->IgnoreParenImpCasts()))
      return {Step::Reassigned, nullptr, At};
    if (const VarDecl *Target = localVarOf(LHS)) {
      // The assignment that fills the holder is not a use of it.
      SkippedUses.insert(cast<DeclRefExpr>(LHS->IgnoreParenImpCasts()));
      return {Step::Alias, Target, At};
    }
    return {Step::Kept, nullptr, At};
  }

  StepResult followMemberUse(const MemberExpr *Member,
                             const DynTypedNode *MemberNode) {
    DynTypedNodeList Storage = Ctx.getParents(*MemberNode);
    const auto *Call =
        Storage.empty() ? nullptr : Storage[0].get<CXXMemberCallExpr>();
    if (!Call)
      return {Step::Use, nullptr, Member};
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (!Method)
      return {Step::Use, nullptr, Call};
    if (isReleaseOfThis(Method, ValueRef::object()))
      return {Step::Released, nullptr, Call};
    bool OnSmartPointer = isSmartPointer(Member->getBase()->getType());
    if (OnSmartPointer && Method->getName() == "release")
      return {Step::Kept, nullptr, Call};
    if (OnSmartPointer && Method->getName() == "reset" &&
        Call->getNumArgs() == 0)
      return {Step::Released, nullptr, Call};
    return {Step::Use, nullptr, Call};
  }

  const CallMatch &Match;
  const FunctionDecl *Function;
  const ModelSet &Models;
  ASTContext &Ctx;
  SourceManager &SM;
  ResourceFate &Fate;
  const Stmt *PossiblyKeptAt = nullptr;
  llvm::SmallVector<const VarDecl *, 4> Worklist;
  llvm::SmallPtrSet<const VarDecl *, 4> Seen;
  llvm::SmallPtrSet<const Expr *, 4> SkippedUses;
};

} // namespace

static bool contains(const Stmt *Outer, SourceLocation Loc,
                     const SourceManager &SM) {
  SourceRange R = Outer->getSourceRange();
  return R.isValid() && Loc.isValid() &&
         !SM.isBeforeInTranslationUnit(Loc, R.getBegin()) &&
         !SM.isBeforeInTranslationUnit(R.getEnd(), Loc);
}

ResourceFate traceResource(const Expr *Acquisition, const CallMatch &Match,
                           const FunctionDecl *Function,
                           const ModelSet &Models, ASTContext &Ctx) {
  ResourceFate Fate;
  if (!Function || !Function->getBody())
    return Fate;
  ResourceTracer Tracer(Match, Function, Models, Ctx, Fate);
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
    Tracer.skipUse(cast<DeclRefExpr>(Value->IgnoreParenImpCasts()));
    Tracer.traceHolderVariable(Holder);
    return Fate;
  }
  Fate.Kept = true;
  Fate.KeptAt = Value;
  return Fate;
}

bool argumentsVaryPerIteration(const Expr *Acquisition, const Stmt *Loop,
                               ASTContext &Ctx) {
  struct LoopVariableFinder : RecursiveASTVisitor<LoopVariableFinder> {
    const Stmt *Loop;
    const SourceManager &SM;
    bool Found = false;
    LoopVariableFinder(const Stmt *Loop, const SourceManager &SM)
        : Loop(Loop), SM(SM) {}
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      const auto *V = dyn_cast<VarDecl>(E->getDecl());
      if (V && V->isLocalVarDeclOrParm() && contains(Loop, V->getLocation(), SM))
        Found = true;
      return !Found;
    }
  } Finder(Loop, Ctx.getSourceManager());
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

bool isRemadeEachIteration(const ResourceFate &Fate, const Stmt *Loop,
                           ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (!Fate.Holder || contains(Loop, Fate.Holder->getLocation(), SM))
    return true;
  return llvm::any_of(Fate.Releases, [&](const Expr *Release) {
    return contains(Loop, Release->getBeginLoc(), SM);
  });
}

} // namespace resource_tidy

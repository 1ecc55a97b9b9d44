//===--- HotFunctions.cpp - Which functions run frequently ----------------===//

#include "Hotness/HotFunctions.h"
#include "Support/ValueFlow.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Regex.h"
#include <deque>

using namespace clang;

namespace resource_tidy {

const FunctionDecl *functionKey(const FunctionDecl *F) {
  if (!F)
    return nullptr;
  if (const FunctionDecl *Pattern = F->getTemplateInstantiationPattern())
    F = Pattern;
  return F->getCanonicalDecl();
}

static bool hasAnnotation(const FunctionDecl *F, StringRef Text) {
  for (const auto *A : F->specific_attrs<AnnotateAttr>())
    if (A->getAnnotation() == Text)
      return true;
  return false;
}

bool isMarkedCold(const FunctionDecl *F) {
  return F->hasAttr<ColdAttr>() || hasAnnotation(F, "resource-tidy:cold");
}

static bool isMarkedHot(const FunctionDecl *F) {
  return F->hasAttr<HotAttr>() || hasAnnotation(F, "resource-tidy:hot");
}

namespace {
/// One call from a function body.
struct CallEdge {
  const FunctionDecl *Caller;
  const FunctionDecl *Callee;
  SourceLocation Loc;
  const Stmt *Loop; ///< The innermost loop around the call, or null.
  /// For a lambda handed to a function (a thread, a task queue): that
  /// function's name. The lambda runs because the caller ran.
  std::string HandedTo;
  const Expr *Call = nullptr;
};
} // namespace

/// Walks the translation unit once, collecting call edges and seed reasons,
/// then propagates hotness along the call edges.
class HotFunctionBuilder : public RecursiveASTVisitor<HotFunctionBuilder> {
public:
  HotFunctionBuilder(ASTContext &Ctx, const ModelSet &Models,
                     const HotnessOptions &Opts, HotFunctionIndex &Index)
      : SM(Ctx.getSourceManager()), Models(Models), Opts(Opts), Index(Index) {
    if (!Opts.HotFunctionPattern.empty())
      Pattern = std::make_unique<llvm::Regex>(Opts.HotFunctionPattern);
  }

  bool shouldVisitLambdaBody() const { return true; }
  bool shouldWalkTypesOfTypeLocs() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    // Library code is neither a handler we report on nor a caller we follow.
    if (isInSystemHeader(D, SM))
      return true;
    auto *F = dyn_cast<FunctionDecl>(D);
    if (!F || !F->doesThisDeclarationHaveABody())
      return RecursiveASTVisitor::TraverseDecl(D);
    recordSeeds(F);
    FunctionScope Scope(*this, F);
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    FunctionScope Scope(*this, L->getCallOperator());
    return RecursiveASTVisitor::TraverseLambdaExpr(L);
  }

  bool TraverseForStmt(ForStmt *S) {
    if (!TraverseStmt(S->getInit()))
      return false;
    LoopScope Loop(*this, S);
    return TraverseStmt(S->getCond()) && TraverseStmt(S->getInc()) &&
           TraverseStmt(S->getBody());
  }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    if (!TraverseStmt(S->getInit()) || !TraverseStmt(S->getRangeInit()))
      return false;
    LoopScope Loop(*this, S);
    return TraverseStmt(S->getBody());
  }
  bool TraverseWhileStmt(WhileStmt *S) {
    LoopScope Loop(*this, S);
    return RecursiveASTVisitor::TraverseWhileStmt(S);
  }
  bool TraverseDoStmt(DoStmt *S) {
    LoopScope Loop(*this, S);
    return RecursiveASTVisitor::TraverseDoStmt(S);
  }

  /// Where a call begins for the user: `Inner()` of a lambda begins at
  /// `Inner` (clang majors disagree on an operator call's begin location).
  static SourceLocation callSiteLoc(const CallExpr *Call) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
      if (Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
        return Op->getArg(0)->getBeginLoc();
    return Call->getBeginLoc();
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true;
    recordRegistration(Call, Callee);
    if (CurrentFunction) {
      Edges.push_back({CurrentFunction, functionKey(Callee), callSiteLoc(Call),
                       currentLoop(), "", Call});
      recordHandedLambdas(Callee, Call->arguments());
    }
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    if (!CurrentFunction || E->getConstructor()->isImplicit())
      return true;
    Edges.push_back({CurrentFunction, functionKey(E->getConstructor()),
                     E->getBeginLoc(), currentLoop(), "", E});
    recordHandedLambdas(E->getConstructor(), E->arguments());
    return true;
  }

  void finish() {
    for (const CallEdge &E : Edges)
      Callees[E.Caller].push_back(&E);
    propagate();
  }

private:
  struct FunctionScope {
    FunctionScope(HotFunctionBuilder &B, const FunctionDecl *F)
        : B(B), SavedFunction(B.CurrentFunction),
          SavedLoops(std::move(B.Loops)) {
      B.CurrentFunction = functionKey(F);
      B.Loops.clear();
    }
    ~FunctionScope() {
      B.CurrentFunction = SavedFunction;
      B.Loops = std::move(SavedLoops);
    }
    HotFunctionBuilder &B;
    const FunctionDecl *SavedFunction;
    std::vector<const Stmt *> SavedLoops;
  };

  struct LoopScope {
    LoopScope(HotFunctionBuilder &B, const Stmt *Loop) : B(B) {
      B.Loops.push_back(Loop);
    }
    ~LoopScope() { B.Loops.pop_back(); }
    HotFunctionBuilder &B;
  };

  const Stmt *currentLoop() const {
    return Loops.empty() ? nullptr : Loops.back();
  }

  /// Reasons that make a function hot by itself, without any caller.
  void recordSeeds(const FunctionDecl *F) {
    const FunctionDecl *Key = functionKey(F);
    if (isMarkedCold(F) || F->isMain())
      return;
    if (isMarkedHot(F)) {
      seed(Key, HotReason::Kind::HotAttribute, F->getLocation(), "", "");
      return;
    }
    if (Pattern && Pattern->match(F->getQualifiedNameAsString())) {
      seed(Key, HotReason::Kind::NamePattern, F->getLocation(),
           Opts.HotFunctionPattern, "");
      return;
    }
    const auto *Method = dyn_cast<CXXMethodDecl>(F);
    if (!Method || Method->size_overridden_methods() == 0)
      return;
    if (const HandlerModel *H = overriddenHandler(Method)) {
      seed(Key, HotReason::Kind::Overrides, F->getLocation(), H->Name,
           H->Description);
      return;
    }
    for (const ParmVarDecl *P : Method->parameters())
      if (const HandlerModel *H = perRequestParameter(P->getType())) {
        seed(Key, HotReason::Kind::ServiceMethod, F->getLocation(), H->Name,
             H->Description);
        return;
      }
  }

  /// The handler model naming "Class::method" where \p M has that name and
  /// its class derives from Class (directly overriding it, or overriding a
  /// method Class inherited, like Poco's TCPServerConnection::run).
  const HandlerModel *overriddenHandler(const CXXMethodDecl *M) {
    auto Matches = [&](StringRef Name) {
      auto [Class, Method] = StringRef(Name).rsplit("::");
      return !Method.empty() && M->getName() == Method &&
             derivesFrom(M->getParent(), Class);
    };
    for (const HandlerModel &H : Models.handlers())
      if (H.K == HandlerModel::Kind::Override && Matches(H.Name))
        return &H;
    for (const std::string &Extra : Opts.ExtraHandlerMethods)
      if (Matches(Extra))
        return &userHandler(HandlerModel::Kind::Override, Extra);
    return nullptr;
  }

  static bool derivesFrom(const CXXRecordDecl *Record, StringRef Class,
                          unsigned Depth = 0) {
    if (!Record || !Record->hasDefinition() || Depth > 16)
      return false;
    for (const CXXBaseSpecifier &Base : Record->bases()) {
      const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
      if (!BaseDecl)
        continue;
      if (nameMatches(Class, modelName(BaseDecl)) ||
          derivesFrom(BaseDecl, Class, Depth + 1))
        return true;
    }
    return false;
  }

  const HandlerModel *perRequestParameter(QualType T) {
    T = T.getNonReferenceType();
    if (T->isPointerType())
      T = T->getPointeeType();
    const auto *Record = T->getAsCXXRecordDecl();
    if (!Record)
      return nullptr;
    std::string Name = Record->getQualifiedNameAsString();
    for (const HandlerModel &H : Models.handlers())
      if (H.K == HandlerModel::Kind::Parameter && nameMatches(H.Name, Name))
        return &H;
    return nullptr;
  }

  /// The registration model of \p Callee, looked up once per callee.
  const HandlerModel *registrationModel(const FunctionDecl *Callee) {
    auto [It, New] =
        RegistrationByCallee.try_emplace(Callee->getCanonicalDecl(), nullptr);
    if (New)
      It->second = findRegistrationModel(Callee);
    return It->second;
  }

  const HandlerModel *findRegistrationModel(const FunctionDecl *Callee) {
    std::string Name = modelName(Callee);
    for (const HandlerModel &H : Models.handlers())
      if (H.K == HandlerModel::Kind::Registration && nameMatches(H.Name, Name))
        return &H;
    for (const std::string &Extra : Opts.ExtraRegistrations)
      if (nameMatches(Extra, Name))
        return &userHandler(HandlerModel::Kind::Registration, Extra);
    return nullptr;
  }

  /// Handler models made from options, kept so reasons can point at them.
  const HandlerModel &userHandler(HandlerModel::Kind K, StringRef Name) {
    for (const HandlerModel &H : UserHandlers)
      if (H.K == K && H.Name == Name)
        return H;
    HandlerModel H;
    H.K = K;
    H.Name = Name.str();
    H.Description = K == HandlerModel::Kind::Override
                        ? "a handler (configured in HandlerMethods)"
                        : "a handler (configured in HandlerRegistrations)";
    UserHandlers.push_back(std::move(H));
    return UserHandlers.back();
  }

  /// A lambda written as an argument runs because this call runs (a thread
  /// body, a queued task): an edge from the caller to the lambda.
  template <typename Args>
  void recordHandedLambdas(const FunctionDecl *Callee, Args Arguments) {
    for (const Expr *Arg : Arguments) {
      const auto *Lambda =
          dyn_cast<LambdaExpr>(Arg->IgnoreImplicit()->IgnoreParenCasts());
      if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(Arg))
        Lambda = dyn_cast<LambdaExpr>(Temp->getSubExpr()->IgnoreImplicit());
      if (Lambda)
        Edges.push_back(
            {CurrentFunction, functionKey(Lambda->getCallOperator()),
             Lambda->getBeginLoc(), currentLoop(),
             isa<CXXConstructorDecl>(Callee)
                 ? modelName(cast<CXXConstructorDecl>(Callee)->getParent())
                 : modelName(Callee)});
    }
  }

  void recordRegistration(const CallExpr *Call, const FunctionDecl *Callee) {
    const HandlerModel *H = registrationModel(Callee);
    if (!H)
      return;
    for (const Expr *Arg : Call->arguments())
      if (const FunctionDecl *Handler = functionIn(Arg)) {
        seed(functionKey(Handler), HotReason::Kind::Registered,
             Call->getBeginLoc(), modelName(Callee), H->Description);
        auto Seeded = Index.Reasons.find(functionKey(Handler));
        if (Seeded != Index.Reasons.end() &&
            Seeded->second.K == HotReason::Kind::Registered &&
            Seeded->second.Via == modelName(Callee))
          Seeded->second.Sequential = H->Sequential;
      }
  }

  /// The function or lambda an argument hands over: a lambda, a function
  /// name, a member function pointer inside std::bind, or a local variable
  /// initialised with one of those.
  const FunctionDecl *functionIn(const Expr *E, unsigned Depth = 0) {
    if (!E || Depth > 6)
      return nullptr;
    E = E->IgnoreImplicit()->IgnoreParenCasts();
    if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
      return Lambda->getCallOperator();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *F = dyn_cast<FunctionDecl>(Ref->getDecl()))
        return F;
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        if (Var->isLocalVarDecl() && Var->getInit())
          return functionIn(Var->getInit(), Depth + 1);
      return nullptr;
    }
    if (const auto *Op = dyn_cast<UnaryOperator>(E))
      if (Op->getOpcode() == UO_AddrOf)
        return functionIn(Op->getSubExpr(), Depth + 1);
    // std::function, std::bind and similar wrappers: look at their inputs.
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      for (const Expr *Arg : Construct->arguments())
        if (const FunctionDecl *F = functionIn(Arg, Depth + 1))
          return F;
      return nullptr;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      for (const Expr *Arg : Call->arguments())
        if (const FunctionDecl *F = functionIn(Arg, Depth + 1))
          return F;
    }
    if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
      return functionIn(Temp->getSubExpr(), Depth + 1);
    return nullptr;
  }

  void seed(const FunctionDecl *Key, HotReason::Kind K, SourceLocation Loc,
            std::string Via, std::string Description) {
    if (!Key || Index.Reasons.count(Key) || isMarkedCold(Key))
      return;
    HotReason R;
    R.K = K;
    R.Loc = Loc;
    R.Via = std::move(Via);
    R.Description = std::move(Description);
    Index.Reasons[Key] = std::move(R);
  }

  /// Breadth first from the seeds, so every function keeps its shortest
  /// chain of evidence.
  void propagate() {
    std::vector<const FunctionDecl *> Frontier;
    for (const auto &Entry : Index.Reasons)
      Frontier.push_back(Entry.first);
    // A call inside a loop makes the callee hot at depth one. A lambda
    // handed over in a loop is not: a loop that starts a fixed set of worker
    // threads runs each body once.
    std::vector<const FunctionDecl *> LoopCallees;
    for (const CallEdge &E : Edges)
      if (Opts.MaxCallDepth > 0 && E.Loop && E.HandedTo.empty() &&
          addReason(E, HotReason::Kind::CalledInLoop, 1))
        LoopCallees.push_back(E.Callee);
    for (unsigned Depth = 0; Depth < Opts.MaxCallDepth; ++Depth) {
      if (Depth == 1)
        Frontier.insert(Frontier.end(), LoopCallees.begin(), LoopCallees.end());
      std::vector<const FunctionDecl *> Next;
      for (const FunctionDecl *F : Frontier)
        for (const CallEdge *E : Callees.lookup(F))
          if (addReason(*E, HotReason::Kind::CalledFromHot, Depth + 1))
            Next.push_back(E->Callee);
      Frontier = std::move(Next);
    }
  }

  bool addReason(const CallEdge &E, HotReason::Kind K, unsigned Depth) {
    if (!E.Callee || Index.Reasons.count(E.Callee) || isMarkedCold(E.Callee) ||
        E.Callee->isMain() || E.Callee == E.Caller || !E.Callee->hasBody() ||
        SM.isInSystemHeader(SM.getSpellingLoc(E.Callee->getLocation())))
      return false;
    HotReason R;
    R.K = K;
    R.Loc = E.Loc;
    R.Caller = E.Caller;
    R.Loop = E.Loop;
    R.Via = E.HandedTo;
    R.CallSite = E.Call;
    R.Depth = Depth;
    Index.Reasons[E.Callee] = std::move(R);
    return true;
  }

  SourceManager &SM;
  const ModelSet &Models;
  const HotnessOptions &Opts;
  HotFunctionIndex &Index;
  std::unique_ptr<llvm::Regex> Pattern;
  std::deque<HandlerModel> UserHandlers;
  llvm::DenseMap<const FunctionDecl *, const HandlerModel *>
      RegistrationByCallee;

  const FunctionDecl *CurrentFunction = nullptr;
  std::vector<const Stmt *> Loops;
  std::deque<CallEdge> Edges;
  llvm::DenseMap<const FunctionDecl *, std::vector<const CallEdge *>> Callees;
};

std::unique_ptr<HotFunctionIndex>
HotFunctionIndex::build(ASTContext &Ctx, const ModelSet &Models,
                        const HotnessOptions &Opts) {
  auto Index = std::make_unique<HotFunctionIndex>();
  HotFunctionBuilder Builder(Ctx, Models, Opts, *Index);
  Builder.TraverseAST(Ctx);
  Builder.finish();
  return Index;
}

const HotReason *HotFunctionIndex::reasonFor(const FunctionDecl *F) const {
  auto It = Reasons.find(functionKey(F));
  return It == Reasons.end() ? nullptr : &It->second;
}

std::vector<std::pair<const FunctionDecl *, const HotReason *>>
HotFunctionIndex::evidenceChain(const FunctionDecl *F) const {
  std::vector<std::pair<const FunctionDecl *, const HotReason *>> Chain;
  for (unsigned Steps = 0; F && Steps < 32; ++Steps) {
    const HotReason *R = reasonFor(F);
    if (!R)
      break;
    Chain.push_back({functionKey(F), R});
    if (R->K != HotReason::Kind::CalledFromHot)
      break;
    F = R->Caller;
  }
  return Chain;
}

} // namespace resource_tidy

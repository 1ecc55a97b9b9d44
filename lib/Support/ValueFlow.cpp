//===--- ValueFlow.cpp - What the code around a handle does with it -------===//

#include "Support/ValueFlow.h"
#include "Support/ModelNames.h"
#include "Support/Parents.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace resource_tidy {

bool isTransparent(const Stmt *S) {
  return isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
             CXXBindTemporaryExpr, ExprWithCleanups, CXXFunctionalCastExpr,
             CXXStaticCastExpr, CStyleCastExpr, CXXConstCastExpr,
             CXXReinterpretCastExpr, ConditionalOperator,
             BinaryConditionalOperator, ConstantExpr>(S);
}

bool isNamed(const FunctionDecl *F, std::initializer_list<StringRef> Names) {
  if (!F)
    return false;
  std::string Name = F->getQualifiedNameAsString();
  return llvm::is_contained(Names, StringRef(Name));
}

bool isSmartPointer(QualType T) {
  const auto *R = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!R)
    return false;
  std::string Name = R->getQualifiedNameAsString();
  return Name == "std::shared_ptr" || Name == "std::unique_ptr" ||
         Name == "std::weak_ptr";
}

bool isLocalHolder(const VarDecl *V) {
  // A parameter passed by value is a local of the function too: assigning
  // a new handle to it hands nothing to the caller.
  return V && (V->isLocalVarDecl() || isa<ParmVarDecl>(V)) &&
         !V->isStaticLocal() && V->getTLSKind() == VarDecl::TLS_None &&
         !V->getType()->isReferenceType();
}

const VarDecl *localVarOf(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  if (!Ref)
    return nullptr;
  const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
  return isLocalHolder(V) ? V : nullptr;
}

const FieldDecl *memberOfThis(const Expr *E) {
  const auto *Member =
      dyn_cast_or_null<MemberExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  if (!Member || !isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
    return nullptr;
  return dyn_cast<FieldDecl>(Member->getMemberDecl());
}

bool containsLocation(SourceRange R, SourceLocation Loc,
                      const SourceManager &SM) {
  return R.isValid() && Loc.isValid() &&
         !SM.isBeforeInTranslationUnit(Loc, R.getBegin()) &&
         !SM.isBeforeInTranslationUnit(R.getEnd(), Loc);
}

/// `Conn` or `this->Conn` inside a member function.
static bool isMemberOfThis(const Expr *E) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  return Member && isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts());
}

/// A class object the caller owns by value: its destructor ends it.
static bool isOwnedObject(QualType T) {
  T = T.getNonReferenceType();
  return T->getAsCXXRecordDecl() && !isSmartPointer(T);
}

/// Methods through which a container or wrapper takes a value to keep.
static bool isStoringMethod(StringRef Name) {
  static const llvm::StringSet<> Names = {
      "push_back",     "emplace_back", "push_front",
      "emplace_front", "push",         "emplace",
      "insert",        "try_emplace",  "insert_or_assign",
      "emplace_hint",  "assign",       "set_value",
      "store",         "exchange",     "swap"};
  return Names.contains(Name);
}

/// Library calls that keep their arguments beyond the call.
static bool keepsArguments(const FunctionDecl *F) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(F)) {
    std::string Class = Ctor->getParent()->getQualifiedNameAsString();
    return Class == "std::thread" || Class == "std::jthread";
  }
  return isNamed(
      F, {"std::async", "std::make_pair", "std::make_tuple", "std::bind"});
}

/// True if \p E is a literal null pointer (`NULL`, `0`, `nullptr`).
static bool isNullLiteral(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *Int = dyn_cast<IntegerLiteral>(E))
    return Int->getValue() == 0;
  return isa<CXXNullPtrLiteralExpr, GNUNullExpr>(E);
}

/// True if \p E is a literal null pointer or a local variable initialised
/// with one (`MYSQL *Conn = NULL; Conn = mysql_init(Conn);`).
static bool isNullArgument(const Expr *E) {
  if (isNullLiteral(E))
    return true;
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->hasLocalStorage() && Var->getInit() &&
         isNullLiteral(Var->getInit());
}

bool initialisesInPlace(const Expr *Acquisition, const CallMatch &M) {
  const auto *Call = dyn_cast<CallExpr>(Acquisition);
  const std::optional<ValueRef> &InPlace = M.Spec->InPlace;
  return Call && InPlace && InPlace->Index < Call->getNumArgs() &&
         !isNullArgument(Call->getArg(InPlace->Index));
}

const Expr *acquiredValueExpr(const Expr *Acquisition, const CallMatch &M) {
  return valueExprAt(Acquisition, M.Spec->Value);
}

const Expr *valueExprAt(const Expr *CallOrConstruct, const ValueRef &V) {
  const auto *Call = dyn_cast<CallExpr>(CallOrConstruct);
  if (!Call || V.K == ValueRef::Kind::Return || V.K == ValueRef::Kind::This)
    return CallOrConstruct;
  if (V.Index >= Call->getNumArgs())
    return nullptr;
  const Expr *Arg = Call->getArg(V.Index)->IgnoreParenImpCasts();
  // A reference out-parameter (soci's try_lease(Pos, Timeout)).
  if (V.K == ValueRef::Kind::Arg)
    return isa<DeclRefExpr>(Arg) ? Arg : nullptr;
  if (const auto *Addr = dyn_cast<UnaryOperator>(Arg))
    if (Addr->getOpcode() == UO_AddrOf)
      return Addr->getSubExpr()->IgnoreParenImpCasts();
  return nullptr;
}

bool isInSystemHeader(const Decl *D, const SourceManager &SM) {
  return !isa<TranslationUnitDecl>(D) && D->getLocation().isValid() &&
         SM.isInSystemHeader(SM.getSpellingLoc(D->getLocation()));
}

bool isLibraryDecl(const Decl *D, const SourceManager &SM) {
  SourceLocation Loc = SM.getSpellingLoc(D->getLocation());
  if (SM.isInSystemHeader(Loc))
    return true;
  // Libraries found with -I (pkg-config's usual flags) are library code too.
  StringRef File = SM.getFilename(Loc);
  return File.starts_with("/usr/include/") ||
         File.starts_with("/usr/local/include/");
}

/// True if \p Arg binds to an lvalue reference parameter of \p Construct.
static bool lentByReference(const CXXConstructExpr *Construct,
                            const Expr *Arg) {
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  for (unsigned I = 0; I < Construct->getNumArgs(); ++I)
    if (Construct->getArg(I) == Arg && I < Ctor->getNumParams())
      return Ctor->getParamDecl(I)->getType()->isLValueReferenceType();
  return false;
}

ValueFlow::ValueFlow(const ResourceModel &Resource, const ModelSet &Models,
                     ASTContext &Ctx, const LeaseModel *Lease)
    : Resource(Resource), Models(Models), Ctx(Ctx), Lease(Lease) {}

static bool anySpecAt(llvm::ArrayRef<CallSpec> Specs, StringRef Name,
                      ValueRef Position) {
  return llvm::any_of(Specs, [&](const CallSpec &Spec) {
    return !Spec.isConstructor() && Spec.Value == Position &&
           nameMatches(Spec.Call, Name);
  });
}

bool ValueFlow::isRelease(const FunctionDecl *Callee, ValueRef Position) const {
  std::string Name = modelName(Callee);
  if (Lease)
    return anySpecAt(Lease->Give, Name, Position);
  return anySpecAt(Resource.Release, Name, Position);
}

bool ValueFlow::isWrongRelease(const FunctionDecl *Callee,
                               ValueRef Position) const {
  if (!Lease || Lease->Of.empty())
    return false;
  const ResourceModel *Leased = Models.findById(Lease->Of);
  return Leased && anySpecAt(Leased->Release, modelName(Callee), Position);
}

/// The model transfer that takes the handle at \p Position, if any.
static const CallSpec *findTransfer(const ResourceModel &Resource,
                                    const FunctionDecl *Callee,
                                    ValueRef Position) {
  std::string Name = modelName(Callee);
  for (const CallSpec &Spec : Resource.Transfers)
    if (Spec.Value == Position && nameMatches(Spec.name(), Name))
      return &Spec;
  return nullptr;
}

ValueStep ValueFlow::followCallArgument(const CallExpr *Call, const Expr *Arg,
                                        const Expr *Value) const {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return {UseKind::MaybeKept, nullptr, Call};
  unsigned Index = 0;
  for (; Index < Call->getNumArgs(); ++Index)
    if (Call->getArg(Index) == Arg)
      break;
  if (Index == Call->getNumArgs())
    return {UseKind::Use, nullptr, Call};
  // Member operators count the object as argument 0; models do not.
  unsigned ParamIndex = Index;
  if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee)) {
    if (Index == 0)
      return {UseKind::Use, nullptr, Call};
    ParamIndex = Index - 1;
  }
  if (isRelease(Callee, ValueRef::arg(ParamIndex)))
    return {UseKind::Release, nullptr, Call};
  if (isWrongRelease(Callee, ValueRef::arg(ParamIndex)))
    return {UseKind::WrongRelease, nullptr, Call};
  if (const CallSpec *Transfer =
          findTransfer(Resource, Callee, ValueRef::arg(ParamIndex))) {
    ValueStep Step{UseKind::Kept, nullptr, Call};
    Step.OnlyOnSuccess = Transfer->OnlyOnSuccess;
    return Step;
  }
  if (keepsArguments(Callee))
    return {UseKind::Kept, nullptr, Call};
  // Stored into an object: a container, or a smart pointer's reset(). The
  // handle lives as long as that object: follow a local one, else kept.
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    const CXXMethodDecl *Method = Member->getMethodDecl();
    bool Stores = isStoringMethod(Method->getName()) ||
                  (Method->getName() == "reset" &&
                   isSmartPointer(Member->getObjectType()));
    if (Stores) {
      const Expr *Object = Member->getImplicitObjectArgument();
      if (const VarDecl *Owner = localVarOf(Object))
        return {UseKind::Alias, Owner, Call};
      ValueStep Step{UseKind::Kept, nullptr, Call};
      Step.IntoMember = isMemberOfThis(Object);
      return Step;
    }
  }
  QualType ParamType;
  if (ParamIndex < Callee->getNumParams())
    ParamType = Callee->getParamDecl(ParamIndex)->getType();
  bool ByReference = !ParamType.isNull() && ParamType->isLValueReferenceType();
  if (isLibraryDecl(Callee, Ctx.getSourceManager())) {
    // Library functions use the handles they are given. A shared pointer
    // may be copied into what the call returns (a gRPC stub keeps its
    // channel): the handle then lives as long as that result.
    if (isSmartPointer(Value->getType())) {
      QualType ResultType = Call->getType();
      if (ResultType->isRecordType() || ResultType->isPointerType()) {
        ValueStep Result = follow(Call);
        if (Result.Kind == UseKind::Alias || Result.Kind == UseKind::Kept)
          return Result;
      }
      if (!ParamType.isNull() && !ByReference && isSmartPointer(ParamType))
        return {UseKind::MaybeKept, nullptr, Call};
    }
    return {UseKind::Use, nullptr, Call};
  }
  // An object owned by value and lent by reference dies with its scope.
  if (isOwnedObject(Value->getType()) && ByReference)
    return {UseKind::Use, nullptr, Call};
  // What the callee's body does with its parameter, where it can be seen.
  std::optional<ParameterFate> Fate =
      ParamIndex < Callee->getNumParams()
          ? summariseParameter(Callee, ParamIndex)
          : std::nullopt;
  if (Fate && *Fate == ParameterFate::Released) {
    ValueStep Step{UseKind::Release, nullptr, Call};
    Step.ReleasingParameter = Callee->getDefinition()->getParamDecl(ParamIndex);
    return Step;
  }
  if (Fate && *Fate == ParameterFate::Kept)
    return {UseKind::Kept, nullptr, Call};
  if (Fate && *Fate == ParameterFate::Used)
    return {UseKind::Use, nullptr, Call};
  // Returned by the callee, or unknown: a result that is an object (or
  // points to one) may carry the handle, as a stub built on a channel does;
  // follow it when it lands in a local. A number or a string cannot.
  QualType ResultType = Call->getType();
  if (ResultType->isPointerType())
    ResultType = ResultType->getPointeeType();
  if (!ResultType->isRecordType())
    return Fate ? ValueStep{UseKind::Use, nullptr, Call}
                : ValueStep{UseKind::MaybeKept, nullptr, Call};
  ValueStep Result = follow(Call);
  if (Result.Kind == UseKind::Alias || Result.Kind == UseKind::Kept)
    return Result;
  if (Fate && *Fate == ParameterFate::Returned)
    return Result;
  return {UseKind::MaybeKept, nullptr, Call};
}

std::optional<ValueFlow::ParameterFate>
ValueFlow::summariseParameter(const FunctionDecl *Callee,
                              unsigned Index) const {
  const FunctionDecl *Definition = Callee->getDefinition();
  if (!Definition || !Definition->getBody() || Definition->isVariadic() ||
      Index >= Definition->getNumParams() || SummaryDepth >= 2)
    return std::nullopt;
  auto Key = std::make_pair(Definition, Index);
  if (auto It = Summaries.find(Key); It != Summaries.end())
    return It->second;
  Summaries[Key] = std::nullopt; // Recursion ends here.
  ++SummaryDepth;
  ParameterFate Fate = ParameterFate::Used;
  llvm::SmallVector<const VarDecl *, 4> Holders = {
      Definition->getParamDecl(Index)};
  llvm::SmallPtrSet<const VarDecl *, 4> Seen = {Holders.front()};
  bool MaybeKept = false;
  while (!Holders.empty() && Fate != ParameterFate::Kept) {
    for (const VariableUse &Use :
         usesOf(Holders.pop_back_val(), Definition->getBody())) {
      const ValueStep &Step = Use.Step;
      if (Step.Kind == UseKind::Kept)
        Fate = Step.Returned ? ParameterFate::Returned : ParameterFate::Kept;
      else if (Step.Kind == UseKind::Release && Fate == ParameterFate::Used)
        Fate = ParameterFate::Released;
      else if (Step.Kind == UseKind::MaybeKept)
        MaybeKept = true;
      else if (Step.Kind == UseKind::Alias && Seen.insert(Step.Alias).second)
        Holders.push_back(Step.Alias);
      if (Fate == ParameterFate::Kept)
        break;
    }
  }
  --SummaryDepth;
  std::optional<ParameterFate> Result = Fate;
  if (MaybeKept && Fate == ParameterFate::Used)
    Result = std::nullopt;
  Summaries[Key] = Result;
  return Result;
}

ValueStep ValueFlow::followAssignment(const Expr *LHS, const Expr *Child,
                                      const Stmt *At) const {
  if (Child == LHS ||
      (Child && LHS->IgnoreParenImpCasts() == Child->IgnoreParenImpCasts()))
    return {UseKind::Overwrite, nullptr, At};
  if (const VarDecl *Target = localVarOf(LHS)) {
    ValueStep Step{UseKind::Alias, Target, At};
    Step.AssignedRef = cast<DeclRefExpr>(LHS->IgnoreParenImpCasts());
    return Step;
  }
  if (isMemberOfThis(LHS)) {
    ValueStep Step{UseKind::Kept, nullptr, At};
    Step.IntoMember = true;
    return Step;
  }
  return {UseKind::Kept, nullptr, At};
}

ValueStep ValueFlow::followMemberUse(const MemberExpr *Member) const {
  DynTypedNodeList Parents = parentsOf(*Member, Ctx);
  const auto *Call =
      Parents.empty() ? nullptr : Parents[0].get<CXXMemberCallExpr>();
  if (!Call)
    return {UseKind::Use, nullptr, Member};
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method)
    return {UseKind::Use, nullptr, Call};
  if (isRelease(Method, ValueRef::object()))
    return {UseKind::Release, nullptr, Call};
  if (isWrongRelease(Method, ValueRef::object()))
    return {UseKind::WrongRelease, nullptr, Call};
  bool OnSmartPointer = isSmartPointer(Member->getBase()->getType());
  if (OnSmartPointer && Method->getName() == "release")
    return {UseKind::Kept, nullptr, Call};
  if (OnSmartPointer && Method->getName() == "reset" && Call->getNumArgs() == 0)
    return {UseKind::Release, nullptr, Call};
  return {UseKind::Use, nullptr, Call};
}

const CallExpr *invocationInPlace(const LambdaExpr *Lambda, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Lambda);
  for (unsigned Steps = 0; Steps < 8; ++Steps) {
    DynTypedNodeList Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return nullptr;
    if (const auto *Op = Parents[0].get<CXXOperatorCallExpr>())
      return Op->getOperator() == OO_Call && Op->getNumArgs() > 0 &&
                     Op->getArg(0)->IgnoreImplicit() == Lambda
                 ? Op
                 : nullptr;
    const auto *S = Parents[0].get<Stmt>();
    if (!S || !isTransparent(S))
      return nullptr;
    Node = Parents[0];
  }
  return nullptr;
}

const LambdaExpr *lambdaOfCallOperator(const FunctionDecl *F, ASTContext &Ctx) {
  const auto *Method = dyn_cast<CXXMethodDecl>(F);
  if (!Method || !Method->getParent()->isLambda())
    return nullptr;
  DynTypedNode Node = DynTypedNode::create(*Method->getParent());
  for (unsigned Steps = 0; Steps < 4; ++Steps) {
    DynTypedNodeList Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return nullptr;
    if (const auto *L = Parents[0].get<LambdaExpr>())
      return L;
    Node = Parents[0];
  }
  return nullptr;
}

/// The lambda whose body \p Return returns from, if any.
static const LambdaExpr *lambdaOfReturn(const Stmt *Return, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Return);
  for (unsigned Steps = 0; Steps < 256; ++Steps) {
    DynTypedNodeList Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return nullptr;
    if (const auto *L = Parents[0].get<LambdaExpr>())
      return L;
    if (const auto *F = Parents[0].get<FunctionDecl>())
      return lambdaOfCallOperator(F, Ctx);
    Node = Parents[0];
  }
  return nullptr;
}

ValueStep ValueFlow::follow(const Expr *Start) const {
  DynTypedNode Child = DynTypedNode::create(*Start);
  const Expr *Value = Start;
  for (unsigned Steps = 0; Steps < 64; ++Steps) {
    DynTypedNodeList Parents = parentsOf(Child, Ctx);
    if (Parents.empty())
      return {UseKind::Use, nullptr, nullptr};
    const DynTypedNode &Parent = Parents[0];
    if (const auto *V = Parent.get<VarDecl>()) {
      if (isLocalHolder(V))
        return {UseKind::Alias, V, Value};
      if (V->isLocalVarDecl() && V->getType()->isReferenceType())
        return {UseKind::Use, nullptr, Value};
      return {UseKind::Kept, nullptr, Value};
    }
    // A constructor's member initialiser (the parent map may skip the
    // initialiser node and name the constructor).
    if (Parent.get<CXXCtorInitializer>() || Parent.get<CXXConstructorDecl>()) {
      ValueStep Step{UseKind::Kept, nullptr, Value};
      Step.IntoMember = true;
      return Step;
    }
    const auto *P = Parent.get<Stmt>();
    if (!P)
      return {UseKind::Kept, nullptr, Value};
    const auto *ChildExpr = Child.get<Expr>();
    if (isTransparent(P) || isa<CXXNewExpr, InitListExpr>(P)) {
      Child = Parent;
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(P)) {
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (keepsArguments(Ctor))
        return {UseKind::Kept, nullptr, P};
      // An object lent by reference to a new object (a transaction on a
      // connection) is borrowed, not owned, unless it is copied or moved.
      if (isOwnedObject(Value->getType()) && !Ctor->isCopyOrMoveConstructor() &&
          lentByReference(Construct, ChildExpr))
        return {UseKind::Use, nullptr, P};
      Child = Parent; // A wrapper or copy now holds it.
      continue;
    }
    if (isa<ReturnStmt, CoreturnStmt>(P)) {
      // Returned from a lambda that runs in place: it comes out there.
      if (const LambdaExpr *Lambda = lambdaOfReturn(P, Ctx))
        if (const CallExpr *InPlace = invocationInPlace(Lambda, Ctx)) {
          Child = DynTypedNode::create(*InPlace);
          Value = InPlace;
          continue;
        }
      ValueStep Step{UseKind::Kept, nullptr, P};
      Step.Returned = true;
      return Step;
    }
    if (isa<CoyieldExpr, CXXThrowExpr, LambdaExpr>(P))
      return {UseKind::Kept, nullptr, P};
    // delete releases a handle, but destroys a lease.
    if (isa<CXXDeleteExpr>(P))
      return {Lease ? UseKind::WrongRelease : UseKind::Release, nullptr, P};
    if (const auto *Op = dyn_cast<UnaryOperator>(P)) {
      if (Op->getOpcode() == UO_AddrOf && !isOwnedObject(Value->getType()))
        return {UseKind::MaybeKept, nullptr, P};
      return {UseKind::Use, nullptr, P};
    }
    if (const auto *Bin = dyn_cast<BinaryOperator>(P)) {
      if (!Bin->isAssignmentOp())
        return {UseKind::Use, nullptr, P};
      return followAssignment(Bin->getLHS(), ChildExpr, P);
    }
    if (const auto *Member = dyn_cast<MemberExpr>(P))
      return followMemberUse(Member);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
      if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
        return followAssignment(Op->getArg(0), ChildExpr, P);
      if (Op->getNumArgs() > 0 && Op->getArg(0) == ChildExpr)
        return {UseKind::Use, nullptr, P}; // ->, *, [], comparisons
    }
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      // std::move passes it on; std::make_unique builds an owner of it.
      const FunctionDecl *Callee = Call->getDirectCallee();
      // std::exchange(Handle, nullptr) hands the handle to its result.
      bool Exchanged = isNamed(Callee, {"std::exchange"}) &&
                       Call->getNumArgs() > 0 && Call->getArg(0) == ChildExpr;
      if (Exchanged || isNamed(Callee, {"std::move", "std::forward"}) ||
          (Callee && Models.isMakeFunction(modelName(Callee)))) {
        Child = Parent;
        continue;
      }
      return followCallArgument(Call, ChildExpr, Value);
    }
    // Conditions, expression statements and the like only look at it.
    return {UseKind::Use, nullptr, P};
  }
  return {UseKind::MaybeKept, nullptr, Start};
}

/// True if \p Lambda only runs while its enclosing function runs: handed to
/// a standard algorithm, or held in a local that is only ever called.
static bool runsOnlyDuringCall(const LambdaExpr *Lambda, const Stmt *Body,
                               ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Lambda);
  DynTypedNodeList Parents = parentsOf(Node, Ctx);
  while (!Parents.empty() && Parents[0].get<Stmt>() &&
         isTransparent(Parents[0].get<Stmt>())) {
    Node = Parents[0];
    Parents = parentsOf(Node, Ctx);
  }
  if (Parents.empty())
    return false;
  if (const auto *Call = Parents[0].get<CallExpr>()) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    return Callee && !isa<CXXOperatorCallExpr>(Call) &&
           StringRef(Callee->getQualifiedNameAsString()).starts_with("std::") &&
           !keepsArguments(Callee);
  }
  const auto *Var = Parents[0].get<VarDecl>();
  if (!Var || !isLocalHolder(Var))
    return false;
  struct CallOnlyChecker : RecursiveASTVisitor<CallOnlyChecker> {
    const VarDecl *Var;
    ASTContext &Ctx;
    bool OnlyCalled = true;
    CallOnlyChecker(const VarDecl *Var, ASTContext &Ctx) : Var(Var), Ctx(Ctx) {}
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      if (E->getDecl() != Var)
        return true;
      DynTypedNodeList Up = parentsOf(*E, Ctx);
      const Stmt *P = Up.empty() ? nullptr : Up[0].get<Stmt>();
      while (isa_and_nonnull<ImplicitCastExpr, ParenExpr>(P)) {
        Up = parentsOf(*P, Ctx);
        P = Up.empty() ? nullptr : Up[0].get<Stmt>();
      }
      const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(P);
      OnlyCalled = Op && Op->getOperator() == OO_Call;
      return OnlyCalled;
    }
  } Checker(Var, Ctx);
  Checker.TraverseStmt(const_cast<Stmt *>(Body));
  return Checker.OnlyCalled;
}

ValueStep ValueFlow::followCaptured(const DeclRefExpr *Ref,
                                    const LambdaExpr *Lambda,
                                    const Stmt *Body) const {
  const CallExpr *InPlace = invocationInPlace(Lambda, Ctx);
  // A lambda that outlives the call keeps what it captured.
  if (!InPlace && !runsOnlyDuringCall(Lambda, Body, Ctx))
    return {UseKind::Kept, nullptr, Lambda};
  ValueStep Step = follow(Ref);
  // The copy made by a capture list lives no longer than the lambda.
  if (Step.Kind == UseKind::Kept && Step.At == Lambda)
    return {UseKind::Use, nullptr, Ref};
  // Returned from the lambda: it comes out of the call that runs it.
  if (Step.Kind == UseKind::Kept && Step.Returned &&
      containsLocation(Lambda->getSourceRange(), Step.At->getBeginLoc(),
                       Ctx.getSourceManager()))
    return InPlace ? follow(InPlace) : ValueStep{UseKind::Use, nullptr, Ref};
  return Step;
}

std::vector<VariableUse> ValueFlow::usesOf(const VarDecl *Var,
                                           const Stmt *Body) const {
  struct RefFinder : RecursiveASTVisitor<RefFinder> {
    const VarDecl *Target;
    /// Each reference, with the outermost lambda that captures it.
    std::vector<std::pair<const DeclRefExpr *, const LambdaExpr *>> Refs;
    const LambdaExpr *Outermost = nullptr;
    bool shouldVisitLambdaBody() const { return true; }
    bool TraverseLambdaExpr(LambdaExpr *L) {
      const LambdaExpr *Saved = Outermost;
      if (!Outermost)
        Outermost = L;
      bool Ok = RecursiveASTVisitor::TraverseLambdaExpr(L);
      Outermost = Saved;
      return Ok;
    }
    bool VisitDeclRefExpr(DeclRefExpr *E) {
      if (E->getDecl() == Target)
        Refs.push_back({E, Outermost});
      return true;
    }
  } Finder;
  Finder.Target = Var;
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  std::vector<VariableUse> Uses;
  for (const auto &[Ref, Lambda] : Finder.Refs)
    Uses.push_back(
        {Ref, Lambda ? followCaptured(Ref, Lambda, Body) : follow(Ref)});
  return Uses;
}

} // namespace resource_tidy

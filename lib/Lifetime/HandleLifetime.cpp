//===--- HandleLifetime.cpp - Paths on which a handle is not released -----===//

#include "Lifetime/HandleLifetime.h"
#include "Support/Parents.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <array>
#include <deque>

using namespace clang;

namespace resource_tidy {
namespace {

/// What the handle may be on a path, as a set of bits.
enum : uint8_t {
  NotHeld = 1,  ///< Not acquired yet, or the acquisition returned NULL.
  Owned = 2,    ///< Acquired and not yet released or handed over.
  Released = 4, ///< Released.
  HandedOver = 8,
  /// The status variable still holds the acquisition's result.
  StatusFresh = 16,
  /// Handed to a call that takes it only if it succeeds: a NULL result
  /// gives it back.
  PendingTransfer = 32,
  /// Handed to a helper that releases it on some paths only and cannot
  /// tell its caller which.
  PartlyReleased = 64,
  /// Handed to a helper that releases it on some paths only and tells its
  /// caller which (by its result, or as told by an argument).
  MaybeReleased = 128,
};
using State = uint8_t;

/// The handle's state on the paths where a flag variable is false, true,
/// or not known: a take under `if (Pooled)` and a give-back under the same
/// test later are on the same paths.
enum FlagValue : unsigned { FlagFalse = 0, FlagTrue = 1, FlagUnknown = 2 };
using Paths = std::array<State, 3>;

State merged(const Paths &P) {
  return P[FlagFalse] | P[FlagTrue] | P[FlagUnknown];
}

struct Event {
  enum Kind {
    Acquire,
    Release,
    PartialRelease,
    MaybeRelease,
    Kept,
    KeptIfSuccessful,
    Overwrite,
    WrongRelease,
    StatusReset,
    FlagSet,
    FlagCleared,
    FlagChanged
  } K;
  const Stmt *At;
};

/// Replaces \p From by \p To in \p S, if present.
State swapBit(State S, State From, State To) {
  return (S & From) ? State((S & ~From) | To) : S;
}

/// \p Cond without its leading '!'s, whose count's parity goes to
/// \p Negated, and without branch hints (`__builtin_expect(!!(X), 1)` in
/// likely/unlikely macros); null if another unary operator is in the way
/// or there is no condition.
const Expr *withoutNegations(const Expr *Cond, bool &Negated) {
  if (!Cond)
    return nullptr;
  const Expr *E = Cond->IgnoreParenImpCasts();
  while (true) {
    if (const auto *Hint = dyn_cast<CallExpr>(E);
        Hint && Hint->getBuiltinCallee() == Builtin::BI__builtin_expect) {
      E = Hint->getArg(0)->IgnoreParenImpCasts();
      continue;
    }
    const auto *Not = dyn_cast<UnaryOperator>(E);
    if (!Not)
      return E;
    if (Not->getOpcode() != UO_LNot)
      return nullptr;
    Negated = !Negated;
    E = Not->getSubExpr()->IgnoreParenImpCasts();
  }
}

/// Which of the holders a condition tests for NULL, and which branch is the
/// NULL one: nullopt when it is no NULL test of them.
std::optional<bool>
trueMeansNull(const Expr *Cond,
              const llvm::SmallPtrSetImpl<const VarDecl *> &Holders,
              ASTContext &Ctx, const Expr *TestedCall = nullptr) {
  bool Negated = false;
  const Expr *E = withoutNegations(Cond, Negated);
  if (!E)
    return std::nullopt;
  auto IsHolder = [&](const Expr *X) {
    X = X->IgnoreParenImpCasts();
    if (TestedCall && X == TestedCall)
      return true;
    if (const auto *Assign = dyn_cast<BinaryOperator>(X))
      if (Assign->getOpcode() == BO_Assign)
        X = Assign->getLHS()->IgnoreParenImpCasts();
    const auto *Ref = dyn_cast<DeclRefExpr>(X);
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    return Var && Holders.count(Var);
  };
  auto IsNull = [&](const Expr *X) {
    return X->IgnoreParenImpCasts()->isNullPointerConstant(
        Ctx, Expr::NPC_ValueDependentIsNotNull);
  };
  if (IsHolder(E))
    return Negated; // if (c): true means not NULL.
  const auto *Bin = dyn_cast<BinaryOperator>(E);
  if (!Bin || !Bin->isEqualityOp())
    return std::nullopt;
  bool NullTest = (IsHolder(Bin->getLHS()) && IsNull(Bin->getRHS())) ||
                  (IsHolder(Bin->getRHS()) && IsNull(Bin->getLHS()));
  if (!NullTest)
    return std::nullopt;
  return (Bin->getOpcode() == BO_EQ) != Negated;
}

/// For a condition that tests a flag (`Pooled`, `!Leased`, `Mode == 1`,
/// `Mode != 0`): the flag, and whether the condition holds when it is set.
std::optional<std::pair<const VarDecl *, bool>> flagTest(const Expr *Cond) {
  bool Negated = false;
  const Expr *E = withoutNegations(Cond, Negated);
  if (!E)
    return std::nullopt;
  auto FlagOf = [](const Expr *X) -> const VarDecl * {
    const auto *Ref = dyn_cast<DeclRefExpr>(X->IgnoreParenImpCasts());
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Var || !(Var->isLocalVarDecl() || isa<ParmVarDecl>(Var)) ||
        Var->isStaticLocal() || !Var->getType()->isIntegralOrEnumerationType())
      return nullptr;
    return Var;
  };
  if (const VarDecl *Flag = FlagOf(E))
    return std::make_pair(Flag, !Negated);
  const auto *Bin = dyn_cast<BinaryOperator>(E);
  if (!Bin || !Bin->isEqualityOp())
    return std::nullopt;
  const Expr *Side = Bin->getLHS(), *Constant = Bin->getRHS();
  if (!FlagOf(Side))
    std::swap(Side, Constant);
  const auto *Literal =
      dyn_cast<IntegerLiteral>(Constant->IgnoreParenImpCasts());
  const VarDecl *Flag = FlagOf(Side);
  if (!Flag || !Literal || Literal->getValue().ugt(1))
    return std::nullopt;
  bool Equal = Bin->getOpcode() == BO_EQ;
  bool WhenSet = Equal == Literal->getValue().isOne();
  return std::make_pair(Flag, WhenSet != Negated);
}

/// How a function writes a flag: each write, with the value it stores
/// (none when not a 0 or 1 constant). Not a flag (Valid false) when it is
/// compared with or set to other numbers, or has its address taken.
struct FlagWrites : RecursiveASTVisitor<FlagWrites> {
  const VarDecl *Flag;
  bool Valid = true;
  std::vector<std::pair<const Stmt *, std::optional<bool>>> Writes;
  explicit FlagWrites(const VarDecl *Flag) : Flag(Flag) {}

  bool isFlag(const Expr *E) const {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return Ref && Ref->getDecl() == Flag;
  }
  static std::optional<bool> zeroOrOne(const Expr *E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Bool = dyn_cast<CXXBoolLiteralExpr>(E))
      return Bool->getValue();
    if (const auto *Int = dyn_cast<IntegerLiteral>(E))
      if (Int->getValue().ule(1))
        return Int->getValue().isOne();
    return std::nullopt;
  }
  bool VisitDeclStmt(DeclStmt *D) {
    for (const Decl *Each : D->decls())
      if (Each == Flag && Flag->getInit())
        Writes.push_back({D, zeroOrOne(Flag->getInit())});
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->isAssignmentOp() && isFlag(B->getLHS()))
      Writes.push_back({B, B->getOpcode() == BO_Assign ? zeroOrOne(B->getRHS())
                                                       : std::nullopt});
    // Compared with another number: a state, not a flag.
    if ((B->isComparisonOp()) && (isFlag(B->getLHS()) || isFlag(B->getRHS()))) {
      const Expr *Other = isFlag(B->getLHS()) ? B->getRHS() : B->getLHS();
      if (!zeroOrOne(Other) || !B->isEqualityOp())
        Valid = false;
    }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (isFlag(U->getSubExpr())) {
      if (U->getOpcode() == UO_AddrOf)
        Valid = false;
      else if (U->isIncrementDecrementOp())
        Writes.push_back({U, std::nullopt});
    }
    return true;
  }
  bool VisitSwitchStmt(SwitchStmt *S) {
    if (S->getCond() && isFlag(S->getCond()))
      Valid = false;
    return true;
  }
};

class LifetimeAnalysis {
public:
  LifetimeAnalysis(const Expr *Acquisition, const CallMatch &Match,
                   const ValueFlow &Flow, const FunctionDecl *Function,
                   ASTContext &Ctx, const LifetimeOptions &Options,
                   LifetimeFindings &Findings)
      : Acquisition(Acquisition), Match(Match), Flow(Flow), Function(Function),
        Ctx(Ctx), Options(Options), Findings(Findings) {}

  void run() {
    if (collectEvents())
      analyse();
  }

  /// Follows the handle that \p Param of the function holds on entry (the
  /// function is a helper its caller hands the handle to).
  void runFromParameter(const ParmVarDecl *Param) {
    FromParameter = true;
    EntryState = Owned | NotHeld;
    addHolder(Param, nullptr);
    collectHolderUses();
    analyse();
  }

private:
  void analyse() {
    chooseFlag();
    CFG::BuildOptions Build;
    Build.setAllAlwaysAdd();
    // A catch handler in the function says its author expects the try block
    // to throw: without exception edges the handlers are unreachable.
    Build.AddEHEdges =
        Options.CallsMayThrow || containsTry(Function->getBody());
    Build.AddLifetime = true;
    std::unique_ptr<CFG> Graph =
        CFG::buildCFG(Function, Function->getBody(), &Ctx, Build);
    if (!Graph || Graph->getNumBlockIDs() > Options.MaxBlocks)
      return;
    Findings.Analysed = true;
    solve(*Graph);
    collectExits(*Graph);
    if (OnlyTested && !Findings.Leaks.empty())
      Findings.Leaks = {
          {Leak::Kind::Dropped, Acquisition->getBeginLoc(), Acquisition}};
    if (!Findings.Leaks.empty())
      findConditionalReleases();
  }

  /// The events of the handle, keyed by the statement that causes them.
  /// False when the handle cannot be followed (nothing to report).
  bool collectEvents() {
    // The caller's object, initialised in place, is the caller's to close.
    if (initialisesInPlace(Acquisition, Match))
      return false;
    const Expr *Value = acquiredValueExpr(Acquisition, Match);
    if (!Value)
      return false;
    const Stmt *AcquireAt = Acquisition;
    if (const auto *New = parentNew(Acquisition))
      AcquireAt = New;
    Events[AcquireAt].push_back({Event::Acquire, AcquireAt});
    // `memcached_pool_fetch(Pool, Timeout, &Rc)`: tests of Rc tell whether
    // the take succeeded.
    if (const std::optional<ValueRef> &StatusRef = Match.Spec->Status)
      if (const Expr *StatusExpr = valueExprAt(Acquisition, *StatusRef)) {
        if (const VarDecl *Status = localVarOf(StatusExpr))
          followStatus(Status, Acquisition);
        else if (const FieldDecl *Member = memberOfThis(StatusExpr))
          followStatusMember(Member, Acquisition);
      }
    if (Value == Acquisition) {
      ValueStep Step = Flow.follow(
          AcquireAt == Acquisition ? Acquisition : cast<Expr>(AcquireAt));
      switch (Step.Kind) {
      case UseKind::Alias:
        if (Step.AssignedRef) {
          Skipped.insert(Step.AssignedRef);
          AcquireNoteAt = Step.At; // `Db = PQconnectdb(...)`
        }
        addHolder(Step.Alias, Step.At);
        break;
      case UseKind::Use:
        // `assert(!mongoc_client_pool_try_pop(Pool))`: a result that is
        // only tested is dropped on the paths where it was not NULL, unless
        // they end the program.
        if (isa<CallExpr>(Acquisition) &&
            Acquisition->getType()->isPointerType()) {
          OnlyTested = true;
          return true;
        }
        Findings.Analysed = true;
        Findings.Leaks.push_back(
            {Leak::Kind::Dropped, Acquisition->getBeginLoc(), Acquisition});
        return false;
      default:
        Findings.Analysed = true;
        return false; // Released or handed over at once.
      }
    } else {
      const VarDecl *Holder = localVarOf(Value);
      if (!Holder)
        return false;
      // `natsStatus S = natsConnection_Connect(&Conn, Opts);`: tests of S
      // tell whether the connect succeeded.
      ValueStep Status = Flow.follow(Acquisition);
      if (Status.Kind == UseKind::Alias &&
          Status.Alias->getType()->isIntegralOrEnumerationType())
        followStatus(Status.Alias, Status.At);
      Skipped.insert(Value->IgnoreParenImpCasts());
      addHolder(Holder, nullptr);
    }
    collectHolderUses();
    return !Holders.empty();
  }

  void collectHolderUses() {
    while (!Worklist.empty())
      collectUses(Worklist.pop_back_val());
    // Code that may keep the handle: if the function never releases it
    // itself, trust that code to; otherwise it only uses it.
    if (!HasRelease)
      for (const Stmt *At : MaybeKept)
        Events[At].push_back({Event::Kept, At});
  }

  /// Tests of \p Status tell whether the acquisition succeeded until it is
  /// assigned anything other than the acquisition's status at \p SetAt,
  /// or handed by address to another call (`memcached_get(..., &Rc)`).
  void followStatus(const VarDecl *Status, const Stmt *SetAt) {
    StatusVar = Status;
    const SourceManager &SM = Ctx.getSourceManager();
    for (const VariableUse &Use : Flow.usesOf(StatusVar, Function->getBody())) {
      const Stmt *At = Use.Step.At;
      bool MayWrite = Use.Step.Kind == UseKind::Overwrite ||
                      Use.Step.Kind == UseKind::MaybeKept ||
                      Use.Step.Kind == UseKind::Kept;
      if (MayWrite && At != SetAt &&
          !containsLocation(SetAt->getSourceRange(), At->getBeginLoc(), SM))
        Events[At].push_back({Event::StatusReset, At});
    }
  }

  /// The same for a status kept in a data member (`&this->Rc`): any
  /// assignment to it or use of its address other than the acquisition's
  /// resets it.
  void followStatusMember(const FieldDecl *Member, const Stmt *SetAt) {
    StatusMember = Member;
    struct Writes : RecursiveASTVisitor<Writes> {
      const FieldDecl *Member;
      std::vector<const Stmt *> Found;
      explicit Writes(const FieldDecl *Member) : Member(Member) {}
      bool VisitBinaryOperator(BinaryOperator *B) {
        if (B->isAssignmentOp() && memberOfThis(B->getLHS()) == Member)
          Found.push_back(B);
        return true;
      }
      bool VisitUnaryOperator(UnaryOperator *U) {
        if (U->getOpcode() == UO_AddrOf &&
            memberOfThis(U->getSubExpr()) == Member)
          Found.push_back(U);
        return true;
      }
    } Finder(Member);
    Finder.TraverseStmt(const_cast<Stmt *>(Function->getBody()));
    const SourceManager &SM = Ctx.getSourceManager();
    for (const Stmt *At : Finder.Found)
      if (!containsLocation(SetAt->getSourceRange(), At->getBeginLoc(), SM))
        Events[At].push_back({Event::StatusReset, At});
  }

  /// The new-expression that a constructor runs in, if any: that is the
  /// expression yielding the handle.
  const CXXNewExpr *parentNew(const Expr *E) {
    DynTypedNodeList Parents = parentsOf(*E, Ctx);
    return Parents.empty() ? nullptr : Parents[0].get<CXXNewExpr>();
  }

  void addHolder(const VarDecl *V, const Stmt *At) {
    QualType T = V->getType();
    // Adopted by an owner (a smart pointer, a struct with a destructor):
    // the owner releases it.
    if (T->isRecordType()) {
      if (At)
        Events[At].push_back({Event::Kept, At});
      return;
    }
    if (!Holders.insert(V).second)
      return;
    if (!Findings.Holder)
      Findings.Holder = V;
    Findings.Holders.push_back(V);
    Worklist.push_back(V);
  }

  void collectUses(const VarDecl *V) {
    for (const VariableUse &Use : Flow.usesOf(V, Function->getBody())) {
      if (Skipped.count(Use.Ref))
        continue;
      const ValueStep &Step = Use.Step;
      switch (Step.Kind) {
      case UseKind::Use:
        break;
      case UseKind::Release:
        HasRelease = true;
        Findings.Releases.push_back(cast<Expr>(Step.At));
        addReleaseEvent(Step);
        break;
      case UseKind::WrongRelease:
        Events[Step.At].push_back({Event::WrongRelease, Step.At});
        break;
      case UseKind::Kept:
        if (Step.OnlyOnSuccess)
          if (const auto *Call = dyn_cast<Expr>(Step.At)) {
            ValueStep Result = Flow.follow(Call);
            if (Result.Kind == UseKind::Alias) {
              TransferResults.insert(Result.Alias);
              Events[Step.At].push_back({Event::KeptIfSuccessful, Step.At});
              break;
            }
          }
        Events[Step.At].push_back({Event::Kept, Step.At});
        break;
      case UseKind::MaybeKept:
        MaybeKept.push_back(Step.At);
        break;
      case UseKind::Alias:
        if (Step.AssignedRef)
          Skipped.insert(Step.AssignedRef);
        addHolder(Step.Alias, Step.At);
        break;
      case UseKind::Overwrite:
        Events[Step.At].push_back({Event::Overwrite, Step.At});
        break;
      }
    }
  }

  /// A release, or for a helper that releases the handle on some of its
  /// paths only, a release that may not have happened.
  void addReleaseEvent(const ValueStep &Step) {
    LifetimeFindings Inner;
    const FunctionDecl *Helper = releasingHelper(Step, Inner);
    if (!Helper || Inner.Leaks.empty()) {
      Events[Step.At].push_back({Event::Release, Step.At});
      return;
    }
    // A helper that returns nothing and leaves early (a return or throw
    // that skips the release) gives its caller no way to tell that path
    // from the others: the handle is lost there. A helper with a result
    // can tell its caller; one that falls off its end without releasing
    // may have been told not to by an argument.
    const auto *Body = cast<CompoundStmt>(Helper->getBody());
    for (const Leak &L : Inner.Leaks) {
      bool Early = L.K == Leak::Kind::Throw ||
                   (L.K == Leak::Kind::Return && L.At != Body->body_back());
      if (!Early || !Helper->getReturnType()->isVoidType())
        continue;
      Leak Skip{Leak::Kind::HelperSkipsRelease, Step.At->getBeginLoc(),
                Step.At};
      Skip.Helper = Helper;
      Skip.HelperExit = L.Loc;
      Skip.HelperExitThrows = L.K == Leak::Kind::Throw;
      PartialReleases.push_back(Skip);
      Events[Step.At].push_back({Event::PartialRelease, Step.At});
      return;
    }
    Events[Step.At].push_back({Event::MaybeRelease, Step.At});
  }

  /// The helper that \p Step releases the handle through, with the paths on
  /// which it does not in \p Inner; null for a modelled release.
  const FunctionDecl *releasingHelper(const ValueStep &Step,
                                      LifetimeFindings &Inner) {
    const ParmVarDecl *Param = Step.ReleasingParameter;
    if (!Param || FromParameter)
      return nullptr;
    const auto *Helper = dyn_cast<FunctionDecl>(Param->getDeclContext());
    const auto *Body =
        Helper ? dyn_cast_or_null<CompoundStmt>(Helper->getBody()) : nullptr;
    if (!Body || Body->body_empty() || Helper == Function)
      return nullptr;
    LifetimeAnalysis(Acquisition, Match, Flow, Helper, Ctx, Options, Inner)
        .runFromParameter(Param);
    return Helper;
  }

  State acquiredState() const {
    // Constructors and new-expressions throw instead of returning NULL;
    // some C allocators abort instead.
    if (isa<CXXConstructExpr>(Acquisition) ||
        Match.Resource->OnFailure == FailureMode::Throws ||
        Match.Resource->OnFailure == FailureMode::Never)
      return Owned;
    return Owned | NotHeld;
  }

  State apply(const Event &E, State S) {
    switch (E.K) {
    case Event::Acquire:
      if (S & Owned)
        leakOnce(Leak::Kind::Overwrite, AcquireNoteAt ? AcquireNoteAt : E.At,
                 S);
      if (S & PartlyReleased)
        partialReleasesLeak();
      return acquiredState() | StatusFresh;
    case Event::StatusReset:
      return S & ~StatusFresh;
    case Event::FlagSet:
    case Event::FlagCleared:
    case Event::FlagChanged:
      return S; // Splits the paths; see applyOnPaths.
    case Event::Release:
      // After a helper that may have released it, the caller still may.
      if (S & (PartlyReleased | MaybeReleased))
        return State((S & ~(Owned | PartlyReleased | MaybeReleased)) |
                     Released);
      // A lease given back on some path already (an error branch that
      // gives back and forgets to return) must not be given back again.
      if ((S & Released) && (!(S & Owned) || Flow.followsLease()))
        RepeatedReleases.insert(cast<Expr>(E.At));
      return swapBit(S, Owned, Released);
    case Event::PartialRelease:
      return (S & Owned) ? State((S & ~Owned) | Released | PartlyReleased) : S;
    case Event::MaybeRelease:
      return (S & Owned) ? State((S & ~Owned) | Released | MaybeReleased) : S;
    case Event::WrongRelease:
      if (S & Owned)
        WrongReleases.insert(cast<Expr>(E.At));
      return swapBit(S & ~PartlyReleased, Owned, Released);
    case Event::Kept:
      return swapBit(swapBit(S, PartlyReleased, HandedOver), Owned, HandedOver);
    case Event::KeptIfSuccessful:
      return (S & Owned) ? State((S & ~Owned) | HandedOver | PendingTransfer)
                         : S;
    case Event::Overwrite:
      // With several locals holding it, another may still hold it: the
      // state follows the handle, not each holder.
      if (Holders.size() > 1)
        return S;
      if (S & Owned)
        leakOnce(Leak::Kind::Overwrite, E.At, S);
      return NotHeld;
    }
    return S;
  }

  /// The paths through helpers that skip the release reach an exit or a
  /// new acquisition: the handle is lost inside the helper.
  void partialReleasesLeak() {
    for (const Leak &Skip : PartialReleases)
      if (LeakSites.insert(Skip.At).second)
        Findings.Leaks.push_back(Skip);
  }

  void leakOnce(Leak::Kind K, const Stmt *At, State S) {
    leakOnce(K, At, At->getBeginLoc(), At, S);
  }

  /// Records a leak of kind \p K shown at \p Loc, once per \p Site.
  void leakOnce(Leak::Kind K, const Stmt *Site, SourceLocation Loc,
                const Stmt *At, State S) {
    if (!LeakSites.insert(Site).second)
      return;
    Leak L{K, Loc, At, static_cast<bool>(S & NotHeld)};
    L.MaybeReleased = S & Released;
    Findings.Leaks.push_back(L);
  }

  Paths transfer(const CFGBlock &Block, Paths P) {
    for (const CFGElement &Element : Block) {
      if (std::optional<CFGLifetimeEnds> End =
              Element.getAs<CFGLifetimeEnds>()) {
        for (State &S : P)
          S = holderLifetimeEnds(*End, S);
        continue;
      }
      std::optional<CFGStmt> Statement = Element.getAs<CFGStmt>();
      if (!Statement)
        continue;
      auto It = Events.find(Statement->getStmt());
      if (It == Events.end())
        continue;
      for (const Event &E : It->second)
        P = applyOnPaths(E, P);
    }
    return P;
  }

  Paths applyOnPaths(const Event &E, Paths P) {
    switch (E.K) {
    case Event::FlagSet:
      return {0, merged(P), 0};
    case Event::FlagCleared:
      return {merged(P), 0, 0};
    case Event::FlagChanged:
      return {0, 0, merged(P)};
    default:
      for (State &S : P)
        if (S)
          S = apply(E, S);
      return P;
    }
  }

  /// The paths along the edge from \p Block to its successor \p Index; a
  /// test of the flag drops the paths on which it has the other value.
  Paths edgePaths(const CFGBlock &Block, unsigned Index, Paths P) {
    for (State &S : P)
      if (S)
        S = edgeState(Block, Index, S);
    if (!Flag || Block.succ_size() != 2)
      return P;
    std::optional<std::pair<const VarDecl *, bool>> Test =
        flagTest(branchCondition(Block));
    if (!Test || Test->first != Flag)
      return P;
    bool Set = (Index == 0) == Test->second;
    FlagValue Keep = Set ? FlagTrue : FlagFalse;
    P[Keep] |= P[FlagUnknown];
    P[FlagUnknown] = 0;
    P[Set ? FlagFalse : FlagTrue] = 0;
    return P;
  }

  /// A local flag that guards a release (`if (Leased) give_back(Pos);`):
  /// its writes become events, and the paths are split by its value.
  void chooseFlag() {
    for (const Expr *Release : Findings.Releases) {
      const VarDecl *Candidate = guardingFlag(Release);
      if (!Candidate)
        continue;
      FlagWrites Writes(Candidate);
      Writes.TraverseStmt(Function->getBody());
      if (!Writes.Valid)
        continue;
      Flag = Candidate;
      for (const auto &[At, Value] : Writes.Writes) {
        Event::Kind K = !Value   ? Event::FlagChanged
                        : *Value ? Event::FlagSet
                                 : Event::FlagCleared;
        Events[At].push_back({K, At});
      }
      return;
    }
  }

  /// The flag tested by the nearest `if` around \p S, if that is a flag
  /// test and \p S is not in its condition.
  const VarDecl *guardingFlag(const Stmt *S) {
    DynTypedNode Node = DynTypedNode::create(*S);
    for (unsigned Steps = 0; Steps < 64; ++Steps) {
      DynTypedNodeList Parents = parentsOf(Node, Ctx);
      const auto *Parent = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
      if (!Parent || Parent == Function->getBody())
        return nullptr;
      if (const auto *If = dyn_cast<IfStmt>(Parent)) {
        if (Node.get<Stmt>() == If->getCond())
          return nullptr;
        std::optional<std::pair<const VarDecl *, bool>> Test =
            flagTest(If->getCond());
        return Test ? Test->first : nullptr;
      }
      Node = Parents[0];
    }
    return nullptr;
  }

  /// The only variable holding the handle goes out of scope before the
  /// function returns (`continue` in a loop body that popped a client):
  /// nothing can release it any more. Returns and the function's end are
  /// the exits' business.
  State holderLifetimeEnds(const CFGLifetimeEnds &End, State S) {
    const Stmt *Trigger = End.getTriggerStmt();
    if (!(S & Owned) || Holders.size() != 1 ||
        !Holders.count(End.getVarDecl()) || !Trigger ||
        isa<ReturnStmt>(Trigger) || Trigger == Function->getBody())
      return S;
    SourceLocation At = Trigger->getBeginLoc();
    if (const auto *Block = dyn_cast<CompoundStmt>(Trigger))
      At = Block->getRBracLoc();
    leakOnce(Leak::Kind::ScopeEnd, Trigger, At, Trigger, S);
    return State((S & ~Owned) | NotHeld);
  }

  /// The condition whose value picks \p Block's successor. For the last
  /// operand of `A && B` or `A || B`, the blocks before it have decided
  /// the others: its edges are the edges of B alone.
  static const Expr *branchCondition(const CFGBlock &Block) {
    const auto *Cond = dyn_cast_or_null<Expr>(Block.getTerminatorCondition());
    if (!Cond || isa_and_nonnull<BinaryOperator>(Block.getTerminatorStmt()))
      return Cond;
    while (const auto *Logical =
               dyn_cast<BinaryOperator>(Cond->IgnoreParenImpCasts())) {
      if (!Logical->isLogicalOp())
        break;
      Cond = Logical->getRHS();
    }
    return Cond;
  }

  /// The state along the edge from \p Block to its successor \p Index.
  State edgeState(const CFGBlock &Block, unsigned Index, State S) {
    if (Block.succ_size() != 2)
      return S;
    const Expr *Cond = branchCondition(Block);
    // `if (natsConnection_Connect(&Conn, Opts) != NATS_OK)`: on failure
    // nothing was acquired, where the model says so.
    bool OutParameter = Match.Spec->Value.K == ValueRef::Kind::ArgPointee ||
                        Match.Spec->Value.K == ValueRef::Kind::Arg;
    bool StatusMeansNull =
        OutParameter && (Match.Resource->OnFailure == FailureMode::Null ||
                         Match.Spec->OnlyOnSuccess);
    if (StatusMeansNull || Match.Spec->Status)
      if (std::optional<StatusTest> Test = trueMeansFailed(Cond, S)) {
        if ((Index == 0) == Test->FailedWhenTrue)
          return swapBit(S, Owned, NotHeld);
        if (Test->OtherBranchMaySucceed)
          return S;
        return (S & Owned) ? State(S & ~NotHeld) : S;
      }
    // `if (!Producer)` after rd_kafka_new(..., Conf, ...): on NULL the conf
    // is the caller's again.
    if (S & PendingTransfer)
      if (std::optional<bool> Null =
              trueMeansNull(Cond, TransferResults, Ctx)) {
        if ((Index == 0) == *Null)
          return State((S & ~(HandedOver | PendingTransfer)) | Owned);
        return State(S & ~PendingTransfer);
      }
    std::optional<bool> NullWhenTrue =
        trueMeansNull(Cond, Holders, Ctx, OnlyTested ? Acquisition : nullptr);
    if (!NullWhenTrue)
      return S;
    bool NullEdge = (Index == 0) == *NullWhenTrue;
    if (NullEdge)
      return swapBit(S, Owned, NotHeld); // Nothing was acquired.
    if (S & ~NotHeld)
      return S & ~NotHeld;
    return S;
  }

  /// For a condition that tests the status the acquisition returns: true
  /// if its true branch is the failure.
  struct StatusTest {
    bool FailedWhenTrue;
    /// The test names one failure (`S == NATS_TIMEOUT`): its other branch
    /// may be another failure or success.
    bool OtherBranchMaySucceed = false;
  };
  std::optional<StatusTest> trueMeansFailed(const Expr *Cond, State S) const {
    bool Negated = false;
    const Expr *E = withoutNegations(Cond, Negated);
    if (!E)
      return std::nullopt;
    auto IsStatus = [&](const Expr *X) {
      X = X->IgnoreParenImpCasts();
      if (X == Acquisition)
        return true;
      if (!(S & StatusFresh))
        return false;
      if (const auto *Ref = dyn_cast<DeclRefExpr>(X))
        return StatusVar && Ref->getDecl() == StatusVar;
      return StatusMember && memberOfThis(X) == StatusMember;
    };
    // A bool result means success; a status, non-zero means failure.
    if (IsStatus(E))
      return StatusTest{Acquisition->getType()->isBooleanType() ? Negated
                                                                : !Negated};
    // `memcached_success(Rc)`, `memcached_failed(Rc)`.
    if (const auto *Call = dyn_cast<CallExpr>(E))
      if (Call->getNumArgs() == 1 && IsStatus(Call->getArg(0)))
        if (std::optional<bool> Success = predicateMeansSuccess(Call))
          return StatusTest{*Success == Negated};
    const auto *Bin = dyn_cast<BinaryOperator>(E);
    if (!Bin || !Bin->isEqualityOp())
      return std::nullopt;
    // `check_error(Db, Status) != MY_OK`: a helper that maps the status to
    // a code of its own, compared with a success code like the status.
    auto IsAcquisition = [&](const Expr *X) {
      if (IsStatus(X))
        return true;
      const auto *Call = dyn_cast<CallExpr>(X->IgnoreParenImpCasts());
      return Call && llvm::any_of(Call->arguments(), IsStatus);
    };
    const Expr *Other = IsAcquisition(Bin->getLHS())   ? Bin->getRHS()
                        : IsAcquisition(Bin->getRHS()) ? Bin->getLHS()
                                                       : nullptr;
    if (!Other)
      return std::nullopt;
    bool Equal = (Bin->getOpcode() == BO_EQ) != Negated;
    if (isSuccessCode(Other))
      return StatusTest{!Equal};
    // `S == NATS_TIMEOUT`: a named code that is not the success code.
    const auto *Code = dyn_cast<DeclRefExpr>(Other->IgnoreParenImpCasts());
    if (Code && isa<EnumConstantDecl>(Code->getDecl()))
      return StatusTest{Equal, /*OtherBranchMaySucceed=*/true};
    return std::nullopt;
  }

  /// 0, or a constant whose name says OK (SQLITE_OK, NATS_OK,
  /// MEMCACHED_SUCCESS).
  static bool isSuccessCode(const Expr *E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Int = dyn_cast<IntegerLiteral>(E))
      return Int->getValue() == 0;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      StringRef Name = Ref->getDecl()->getName();
      return Name.ends_with("OK") || Name.ends_with("SUCCESS");
    }
    return false;
  }

  /// For a library's test of a status (`memcached_success(Rc)`): true if
  /// it holds on success, false if on failure, none if its name does not
  /// say.
  static std::optional<bool> predicateMeansSuccess(const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !Callee->getReturnType()->isScalarType() ||
        !Callee->getDeclName().isIdentifier())
      return std::nullopt;
    std::string Name = Callee->getName().lower();
    if (StringRef(Name).ends_with("success") || StringRef(Name).ends_with("ok"))
      return true;
    if (StringRef(Name).ends_with("failed") ||
        StringRef(Name).ends_with("fatal"))
      return false;
    return std::nullopt;
  }

  void solve(const CFG &Graph) {
    In.assign(Graph.getNumBlockIDs(), Paths{});
    Out.assign(Graph.getNumBlockIDs(), Paths{});
    std::deque<const CFGBlock *> Queue;
    In[Graph.getEntry().getBlockID()] = {0, 0, EntryState};
    Queue.push_back(&Graph.getEntry());
    llvm::SmallPtrSet<const CFGBlock *, 32> Queued;
    // States only grow and have few bits, so this ends quickly.
    unsigned Budget = Graph.getNumBlockIDs() * 48 + 64;
    while (!Queue.empty() && Budget-- > 0) {
      const CFGBlock *Block = Queue.front();
      Queue.pop_front();
      Queued.erase(Block);
      Paths P = transfer(*Block, In[Block->getBlockID()]);
      Out[Block->getBlockID()] = P;
      unsigned Index = 0;
      // The `default:` of a switch over every enumerator is reachable: an
      // enum read from a message or a file can hold any value. (Without a
      // `default:`, the author relies on the enumerators; so does this.)
      bool Switch = isa_and_nonnull<SwitchStmt>(Block->getTerminatorStmt());
      for (const CFGBlock::AdjacentBlock &Succ : Block->succs()) {
        const CFGBlock *Next = Succ.getReachableBlock();
        if (const CFGBlock *Default = Succ.getPossiblyUnreachableBlock();
            !Next && Switch && Default &&
            isa_and_nonnull<DefaultStmt>(Default->getLabel()))
          Next = Default;
        unsigned ThisIndex = Index++;
        if (!Next)
          continue;
        Paths Edge = edgePaths(*Block, ThisIndex, P);
        if (acquisitionThrowsInto(*Block, *Next))
          for (State &S : Edge)
            S = swapBit(S, Owned, NotHeld);
        Paths &Target = In[Next->getBlockID()];
        bool Grows = false;
        for (unsigned I = 0; I < Target.size(); ++I)
          if ((Target[I] | Edge[I]) != Target[I]) {
            Target[I] |= Edge[I];
            Grows = true;
          }
        if (Grows || !Visited.count(Next)) {
          Visited.insert(Next);
          if (Queued.insert(Next).second)
            Queue.push_back(Next);
        }
      }
    }
  }

  /// True if \p Next is where the acquiring call at the end of \p Block
  /// goes when it throws (a function's own catch handlers): nothing was
  /// acquired on that edge.
  bool acquisitionThrowsInto(const CFGBlock &Block, const CFGBlock &Next) {
    const Stmt *T = Next.getTerminatorStmt();
    if (!T || !isa<CXXTryStmt>(T) || !Acquisition)
      return false;
    for (auto It = Block.rbegin(); It != Block.rend(); ++It)
      if (std::optional<CFGStmt> Statement = It->getAs<CFGStmt>())
        return Statement->getStmt() == Acquisition;
    return false;
  }

  void collectExits(const CFG &Graph) {
    const CFGBlock &Exit = Graph.getExit();
    for (const CFGBlock::AdjacentBlock &Pred : Exit.preds()) {
      const CFGBlock *Block = Pred.getReachableBlock();
      if (!Block || !Visited.count(Block) || Block->hasNoReturnElement())
        continue;
      // An exception of a type no local handler catches: where it goes is
      // the caller's business, and most such paths are not taken.
      if (const Stmt *T = Block->getTerminatorStmt(); T && isa<CXXTryStmt>(T))
        continue;
      State S = exitEdgeState(*Block, Exit);
      if (S & PartlyReleased)
        partialReleasesLeak();
      if (!(S & Owned))
        continue;
      classifyExit(*Block, S);
    }
    const SourceManager &SM = Ctx.getSourceManager();
    llvm::sort(Findings.Leaks, [&](const Leak &A, const Leak &B) {
      return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
    });
    mergeLeaksAtSameLocation();
    for (const Expr *E : RepeatedReleases)
      Findings.RepeatedReleases.push_back(E);
    for (const Expr *E : WrongReleases)
      Findings.WrongReleases.push_back(E);
  }

  /// Several calls that may throw can begin at the same place (an operator
  /// chain such as 'Sql << Query, use(Id)'): the user sees one place, so
  /// they get one note.
  void mergeLeaksAtSameLocation() {
    std::vector<Leak> Merged;
    for (const Leak &L : Findings.Leaks) {
      if (!Merged.empty() && Merged.back().K == L.K &&
          Merged.back().Loc == L.Loc) {
        Merged.back().MaybeNull |= L.MaybeNull;
        Merged.back().MaybeReleased |= L.MaybeReleased;
        continue;
      }
      Merged.push_back(L);
    }
    Findings.Leaks = std::move(Merged);
  }

  static bool containsTry(const Stmt *S) {
    if (!S)
      return false;
    if (isa<CXXTryStmt>(S))
      return true;
    // Lambdas' bodies are functions of their own.
    if (isa<LambdaExpr>(S))
      return false;
    return llvm::any_of(S->children(), containsTry);
  }

  static bool isNoexcept(const FunctionDecl *F) {
    const auto *Proto = F->getType()->getAs<FunctionProtoType>();
    return Proto && Proto->isNothrow();
  }

  static bool mayThrow(const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true;
    const auto *Proto = Callee->getType()->getAs<FunctionProtoType>();
    return !(Proto && Proto->isNothrow()) && !Callee->hasAttr<NoThrowAttr>();
  }

  /// The state on the edge from \p Block into \p Exit (a NULL test can
  /// lead straight to the exit).
  State exitEdgeState(const CFGBlock &Block, const CFGBlock &Exit) {
    unsigned Index = 0;
    State S = 0;
    for (const CFGBlock::AdjacentBlock &Succ : Block.succs()) {
      if (Succ.getReachableBlock() == &Exit)
        S |= merged(edgePaths(Block, Index, Out[Block.getBlockID()]));
      ++Index;
    }
    return S;
  }

  void classifyExit(const CFGBlock &Block, State S) {
    if (const Stmt *Terminator = Block.getTerminatorStmt())
      if (isa<CXXThrowExpr>(Terminator)) {
        leakOnce(Leak::Kind::Throw, Terminator, S);
        return;
      }
    const Stmt *Last = nullptr;
    for (auto It = Block.rbegin(); It != Block.rend(); ++It)
      if (std::optional<CFGStmt> Statement = It->getAs<CFGStmt>()) {
        Last = Statement->getStmt();
        break;
      }
    if (Last && isa<ReturnStmt>(Last)) {
      leakOnce(Leak::Kind::Return, Last, S);
      return;
    }
    if (Last && isa<CXXThrowExpr>(Last)) {
      leakOnce(Leak::Kind::Throw, Last, S);
      return;
    }
    // A call's exception edge out of the function.
    if (Last && isa<CallExpr>(Last) && Block.succ_size() > 1 &&
        !Block.getTerminatorStmt()) {
      // Nothing was acquired if the acquiring call itself throws; in a
      // noexcept function an exception ends the program. Exception edges
      // built only for a function's catch handlers leak nothing by
      // themselves.
      if (!Options.CallsMayThrow || Last == Acquisition ||
          !mayThrow(cast<CallExpr>(Last)) || isNoexcept(Function))
        return;
      leakOnce(Leak::Kind::MayThrowCall, Last, S);
      return;
    }
    const auto *Body = dyn_cast<CompoundStmt>(Function->getBody());
    if (Body)
      leakOnce(Leak::Kind::FunctionEnd, Body, Body->getRBracLoc(), nullptr, S);
  }

  /// True if \p S contains a return, throw or jump out of it.
  static bool leaves(const Stmt *S) {
    if (!S)
      return false;
    if (isa<ReturnStmt, CXXThrowExpr, GotoStmt, BreakStmt, ContinueStmt>(S))
      return true;
    return llvm::any_of(S->children(), leaves);
  }

  /// Releases inside an if whose condition is not a NULL test: a leaking
  /// path probably skipped them (a release guarded by a health check).
  void findConditionalReleases() {
    // One release, under a condition that is no NULL test: the leaking path
    // is the one where the condition is false.
    if (Findings.Releases.size() != 1)
      return;
    for (const auto &Entry : Events)
      for (const Event &E : Entry.second) {
        if (E.K != Event::Release)
          continue;
        DynTypedNode Node = DynTypedNode::create(*E.At);
        for (unsigned Steps = 0; Steps < 64; ++Steps) {
          DynTypedNodeList Parents = parentsOf(Node, Ctx);
          const auto *S = Parents.empty() ? nullptr : Parents[0].get<Stmt>();
          if (!S)
            break;
          if (const auto *If = dyn_cast<IfStmt>(S);
              If && Node.get<Stmt>() != If->getCond()) {
            // A branch that releases and leaves (an error path) is not the
            // release the leaking path skipped.
            if (!trueMeansNull(If->getCond(), Holders, Ctx) &&
                !leaves(Node.get<Stmt>()))
              Findings.ConditionalReleases.push_back(cast<Expr>(E.At));
            break;
          }
          Node = Parents[0];
        }
      }
  }

  const Expr *Acquisition;
  const CallMatch &Match;
  const ValueFlow &Flow;
  const FunctionDecl *Function;
  ASTContext &Ctx;
  const LifetimeOptions &Options;
  LifetimeFindings &Findings;

  llvm::DenseMap<const Stmt *, llvm::SmallVector<Event, 2>> Events;
  llvm::SmallPtrSet<const VarDecl *, 4> Holders;
  llvm::SmallVector<const VarDecl *, 4> Worklist;
  llvm::SmallPtrSet<const Expr *, 4> Skipped;
  std::vector<const Stmt *> MaybeKept;
  bool HasRelease = false;
  const VarDecl *StatusVar = nullptr;
  const FieldDecl *StatusMember = nullptr;
  /// Locals holding the result of a call that takes the handle only if it
  /// succeeds.
  llvm::SmallPtrSet<const VarDecl *, 2> TransferResults;
  /// Where a repeated acquisition overwrites the previous handle.
  const Stmt *AcquireNoteAt = nullptr;
  /// True when the acquisition's result is never stored, only tested.
  bool OnlyTested = false;
  /// True when following a helper's parameter rather than an acquisition.
  bool FromParameter = false;
  State EntryState = NotHeld;
  /// Calls of helpers that release the handle on some paths only.
  std::vector<Leak> PartialReleases;

  std::vector<Paths> In, Out;
  /// A local flag that guards a release, if any.
  const VarDecl *Flag = nullptr;
  llvm::SmallPtrSet<const CFGBlock *, 32> Visited;
  llvm::SmallPtrSet<const Stmt *, 8> LeakSites;
  llvm::SmallSetVector<const Expr *, 2> RepeatedReleases;
  llvm::SmallSetVector<const Expr *, 2> WrongReleases;
};

} // namespace

LifetimeFindings
analyseHandleLifetime(const Expr *Acquisition, const CallMatch &Match,
                      const ValueFlow &Flow, const FunctionDecl *Function,
                      ASTContext &Ctx, const LifetimeOptions &Options) {
  LifetimeFindings Findings;
  if (!Function || !Function->getBody())
    return Findings;
  LifetimeAnalysis(Acquisition, Match, Flow, Function, Ctx, Options, Findings)
      .run();
  return Findings;
}

} // namespace resource_tidy

//===--- SharedClientCloseCheck.cpp - resource-shared-client-close --------===//

#include "SharedClientCloseCheck.h"
#include "HotEvidence.h"
#include "PerCallFinding.h"
#include "ResourceMatchers.h"
#include "Support/Parents.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

using namespace clang::ast_matchers;
using namespace resource_tidy;

namespace clang::tidy::resource {
namespace {

/// Matched without regard to case against the function's name and each
/// word of it: 'LibraryEnd', 'on_stop' and 'onstop' match, 'finishOrder'
/// does not. 'exit' alone is left out: 'http_client_exit' ends one
/// session; a module's exit hook ('modExit', 'module_exit') is in.
const char *const DefaultShutdownFunctions =
    "^(on)?(shutdown|cleanup|clean|teardown|tear|down|fini|finalize|deinit|"
    "uninit|terminate|close|disconnect|destroy|dispose|release|reset|stop|"
    "free|end|quit|unload|detach|destructor)$|^(mod|module|plugin)_?exit$";

/// The words of an identifier: 'closeHTTPClient_now' gives 'close', 'HTTP',
/// 'Client' and 'now'.
llvm::SmallVector<llvm::StringRef, 4> identifierWords(llvm::StringRef Name) {
  llvm::SmallVector<llvm::StringRef, 4> Words;
  size_t Begin = 0;
  auto IsUpper = [&](size_t I) { return llvm::isUpper(Name[I]); };
  for (size_t I = 0; I <= Name.size(); ++I) {
    bool Split = I == Name.size() || !llvm::isAlnum(Name[I]);
    // A capital starts a word after a lower-case letter or digit, and at
    // the last capital of a run followed by lower case ('HTTPClient').
    bool StartsWord = !Split && I > Begin && IsUpper(I) &&
                      (!IsUpper(I - 1) ||
                       (I + 1 < Name.size() && llvm::isLower(Name[I + 1])));
    if (Split || StartsWord) {
      if (I > Begin)
        Words.push_back(Name.slice(Begin, I));
      Begin = Split ? I + 1 : I;
    }
  }
  return Words;
}

std::vector<std::string> releaseNames(const ModelSet &Models) {
  std::vector<std::string> Names;
  for (const auto &R : Models.resources())
    for (const CallSpec &Spec : R->Release)
      if (!Spec.isConstructor())
        Names.push_back(Spec.Call);
  return Names;
}

/// Registrations of callbacks that get a handle the library frees after
/// them or keeps using.
std::vector<std::string> callbackRegistrations(const ModelSet &Models) {
  std::vector<std::string> Names;
  for (const auto &R : Models.resources()) {
    Names.insert(Names.end(), R->FreedAfterCallbacks.begin(),
                 R->FreedAfterCallbacks.end());
    Names.insert(Names.end(), R->InUseDuringCallbacks.begin(),
                 R->InUseDuringCallbacks.end());
  }
  return Names;
}

/// The function named by a callback argument (a function, its address, or
/// a lambda), if any.
const LambdaExpr *lambdaIn(const Stmt *S) {
  if (!S)
    return nullptr;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
    return Lambda;
  // A captureless lambda given as a function pointer goes through its
  // conversion operator.
  if (isa<ImplicitCastExpr, CXXMemberCallExpr, MemberExpr,
          MaterializeTemporaryExpr, CXXBindTemporaryExpr, ParenExpr>(S))
    for (const Stmt *Child : S->children())
      if (const LambdaExpr *Lambda = lambdaIn(Child))
        return Lambda;
  return nullptr;
}

const FunctionDecl *callbackIn(const Expr *Arg) {
  if (const LambdaExpr *Lambda = lambdaIn(Arg))
    return Lambda->getCallOperator();
  Arg = Arg->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<UnaryOperator>(Arg);
      Op && Op->getOpcode() == UO_AddrOf)
    Arg = Op->getSubExpr()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
  return Ref ? dyn_cast<FunctionDecl>(Ref->getDecl()) : nullptr;
}

/// The released expression of \p Call under \p Match.
const Expr *releasedValue(const CallExpr *Call, const CallMatch &Match) {
  const ValueRef &V = Match.Spec->Value;
  if (V.K == ValueRef::Kind::This)
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      return Member->getImplicitObjectArgument();
  if (V.K != ValueRef::Kind::Arg || V.Index >= Call->getNumArgs())
    return nullptr;
  // `mysql_close(&Mysql)` closes an object held by value.
  const Expr *Arg = Call->getArg(V.Index)->IgnoreParenImpCasts();
  if (const auto *AddrOf = dyn_cast<UnaryOperator>(Arg);
      AddrOf && AddrOf->getOpcode() == UO_AddrOf)
    return AddrOf->getSubExpr()->IgnoreParenImpCasts();
  return Arg;
}

/// A variable with static storage: a global, a static local or member.
const VarDecl *sharedVariable(const Expr *E) {
  const auto *Ref =
      dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && Var->hasGlobalStorage() ? Var : nullptr;
}

/// For a local initialised from an accessor that returns a shared
/// variable (`redisContext *C = sharedContext();`): that variable.
const VarDecl *sharedThroughAccessor(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  // redisFree(sessionStore()) or C = sessionStore(); redisFree(C);
  const auto *Call = dyn_cast<CallExpr>(E);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Local = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Local || !Local->isLocalVarDecl() || !Local->getInit())
      return nullptr;
    Call = dyn_cast<CallExpr>(Local->getInit()->IgnoreParenImpCasts());
  }
  const FunctionDecl *Accessor = Call ? Call->getDirectCallee() : nullptr;
  const FunctionDecl *Definition =
      Accessor ? Accessor->getDefinition() : nullptr;
  if (!Definition || !Definition->getBody())
    return nullptr;
  struct ReturnFinder : RecursiveASTVisitor<ReturnFinder> {
    const VarDecl *Shared = nullptr;
    bool Other = false;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitReturnStmt(ReturnStmt *R) {
      if (const VarDecl *V = sharedVariable(R->getRetValue()))
        Shared = V;
      else
        Other = true;
      return true;
    }
  } Finder;
  Finder.TraverseStmt(Definition->getBody());
  return Finder.Other ? nullptr : Finder.Shared;
}

/// True if \p Body assigns \p Target after \p After (the release), or
/// reopens it with one of \p Model's connect methods
/// (`Sql.open(Backend, Conn)`).
bool reassignedAfter(const Stmt *Body, const ValueDecl *Target,
                     SourceLocation After, const SourceManager &SM,
                     const ResourceModel &Model) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ValueDecl *Target;
    SourceLocation After;
    const SourceManager &SM;
    const ResourceModel &Model;
    bool Found = false;
    Finder(const ValueDecl *Target, SourceLocation After,
           const SourceManager &SM, const ResourceModel &Model)
        : Target(Target), After(After), SM(SM), Model(Model) {}
    static const ValueDecl *declOf(const Expr *E) {
      E = E->IgnoreParenImpCasts();
      if (const auto *M = dyn_cast<MemberExpr>(E))
        return M->getMemberDecl();
      if (const auto *R = dyn_cast<DeclRefExpr>(E))
        return R->getDecl();
      return nullptr;
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->isAssignmentOp() && declOf(B->getLHS()) == Target &&
          SM.isBeforeInTranslationUnit(After, B->getBeginLoc()))
        Found = true;
      return !Found;
    }
    // Reopened through an out-parameter: sqlite3_open(Path, &Db).
    bool VisitUnaryOperator(UnaryOperator *U) {
      if (U->getOpcode() == UO_AddrOf && declOf(U->getSubExpr()) == Target &&
          SM.isBeforeInTranslationUnit(After, U->getBeginLoc()))
        Found = true;
      return !Found;
    }
    bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
      const CXXMethodDecl *Method = Call->getMethodDecl();
      if (Method && declOf(Call->getImplicitObjectArgument()) == Target &&
          SM.isBeforeInTranslationUnit(After, Call->getBeginLoc()) &&
          llvm::any_of(Model.Connect, [&](const CallSpec &Spec) {
            return Spec.Value.K == ValueRef::Kind::This &&
                   nameMatches(Spec.Call, modelName(Method));
          }))
        Found = true;
      return !Found;
    }
  } F(Target, After, SM, Model);
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

/// True if \p Callee is one of \p Model's acquiring calls.
bool isAcquireCall(const FunctionDecl *Callee, const ResourceModel &Model) {
  return Callee && llvm::any_of(Model.Acquire, [&](const CallSpec &Spec) {
           return !Spec.isConstructor() &&
                  nameMatches(Spec.Call, modelName(Callee));
         });
}

/// True if \p F itself runs one of \p Model's acquisitions (a function that
/// initialises and tears down a library around its own work).
bool acquiresItself(const FunctionDecl *F, const ResourceModel &Model) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ResourceModel &Model;
    bool Found = false;
    explicit Finder(const ResourceModel &Model) : Model(Model) {}
    bool VisitCallExpr(CallExpr *Call) {
      Found = isAcquireCall(Call->getDirectCallee(), Model);
      return !Found;
    }
  } Finder(Model);
  Finder.TraverseStmt(F->getBody());
  return Finder.Found;
}

/// True if the statements after \p Call in its block leave by a throw or a
/// call that does not return (`exit(1)`) before any return: the object or
/// program that holds the closed handle ends there.
bool leavesRightAfter(const CallExpr *Call, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Call);
  const CompoundStmt *Block = nullptr;
  for (unsigned Steps = 0; Steps < 8 && !Block; ++Steps) {
    DynTypedNodeList Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return false;
    Block = Parents[0].get<CompoundStmt>();
    if (!Block)
      Node = Parents[0];
  }
  if (!Block)
    return false;
  const Stmt *Own = Node.get<Stmt>();
  bool After = false;
  for (const Stmt *S : Block->body()) {
    if (S == Own) {
      After = true;
      continue;
    }
    if (!After)
      continue;
    if (isa<ReturnStmt>(S))
      return false;
    const auto *E = dyn_cast<Expr>(S);
    E = E ? E->IgnoreImplicit() : nullptr;
    if (E && isa<CXXThrowExpr>(E))
      return true;
    if (const auto *Next = dyn_cast_or_null<CallExpr>(E))
      if (const FunctionDecl *Callee = Next->getDirectCallee();
          Callee && Callee->isNoReturn())
        return true;
  }
  return false;
}

/// True if \p F, or a function it calls directly, assigns \p Global a new
/// handle from one of \p Model's acquisitions before \p Before (anywhere,
/// when invalid).
bool opensBefore(const FunctionDecl *F, const VarDecl *Global,
                 const ResourceModel &Model, SourceLocation Before,
                 const SourceManager &SM, unsigned Depth = 0) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Global;
    const ResourceModel &Model;
    SourceLocation Before;
    const SourceManager &SM;
    unsigned Depth;
    bool Found = false;
    Finder(const VarDecl *Global, const ResourceModel &Model,
           SourceLocation Before, const SourceManager &SM, unsigned Depth)
        : Global(Global), Model(Model), Before(Before), SM(SM), Depth(Depth) {}
    bool before(const Stmt *S) const {
      return Before.isInvalid() ||
             SM.isBeforeInTranslationUnit(S->getBeginLoc(), Before);
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      const auto *Call = dyn_cast<CallExpr>(B->getRHS()->IgnoreParenImpCasts());
      if (B->getOpcode() == BO_Assign && before(B) &&
          sharedVariable(B->getLHS()) == Global && Call &&
          isAcquireCall(Call->getDirectCallee(), Model))
        Found = true;
      return !Found;
    }
    bool VisitCallExpr(CallExpr *Call) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      const FunctionDecl *Body = Callee ? Callee->getDefinition() : nullptr;
      if (Depth == 0 && Body && Body->hasBody() && before(Call) &&
          opensBefore(Body, Global, Model, SourceLocation(), SM, Depth + 1))
        Found = true;
      return !Found;
    }
  } Finder(Global, Model, Before, SM, Depth);
  Finder.TraverseStmt(F->getBody());
  return Finder.Found;
}

/// True if \p Call is a statement of \p F's body itself, not of a branch.
bool isStatementOf(const FunctionDecl *F, const CallExpr *Call) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(F->getBody());
  return Body && llvm::any_of(Body->body(), [&](const Stmt *S) {
           const auto *E = dyn_cast<Expr>(S);
           return E && E->IgnoreImplicit() == Call;
         });
}

/// For a method \p M that closes member \p Field: the call in its class's
/// destructor that closes it again (a close of the member, or a call of
/// \p M), if any.
const CallExpr *closedAgainByDestructor(const CXXMethodDecl *M,
                                        const FieldDecl *Field,
                                        const ModelSet &Models) {
  const CXXDestructorDecl *Dtor = M->getParent()->getDestructor();
  const FunctionDecl *Definition = Dtor ? Dtor->getDefinition() : nullptr;
  if (!Definition || !Definition->getBody() || Dtor == M)
    return nullptr;
  struct Finder : RecursiveASTVisitor<Finder> {
    const CXXMethodDecl *M;
    const FieldDecl *Field;
    const ModelSet &Models;
    const CallExpr *Found = nullptr;
    Finder(const CXXMethodDecl *M, const FieldDecl *Field,
           const ModelSet &Models)
        : M(M), Field(Field), Models(Models) {}
    bool VisitCallExpr(CallExpr *Call) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Callee)
        return true;
      if (Callee->getCanonicalDecl() == M->getCanonicalDecl())
        Found = Call;
      for (const CallMatch &Match : Models.findRelease(modelName(Callee)))
        if (memberOfThis(releasedValue(Call, Match)) == Field)
          Found = Call;
      return !Found;
    }
  } F(M, Field, Models);
  F.TraverseStmt(Definition->getBody());
  return F.Found;
}

/// True if \p M guards \p Release with a flag it also clears
/// (`if (!Connected) return; ... close(Conn); Connected = false;`, or
/// `if (Running) { Running = false; close(Conn); }`): calling it again
/// closes nothing.
bool guardedByOwnFlag(const CXXMethodDecl *M, const CallExpr *Release,
                      const SourceManager &SM) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const CallExpr *Release;
    const SourceManager &SM;
    llvm::SmallPtrSet<const FieldDecl *, 4> Assigned, TestedBefore;
    Finder(const CallExpr *Release, const SourceManager &SM)
        : Release(Release), SM(SM) {}
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->getOpcode() == BO_Assign)
        if (const FieldDecl *Flag = memberOfThis(B->getLHS()))
          Assigned.insert(Flag);
      return true;
    }
    // `Running = false` on a std::atomic<bool>.
    bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
      if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
        if (const FieldDecl *Flag = memberOfThis(Op->getArg(0)))
          Assigned.insert(Flag);
      return true;
    }
    bool VisitIfStmt(IfStmt *If) {
      if (SM.isBeforeInTranslationUnit(If->getBeginLoc(),
                                       Release->getBeginLoc()))
        collect(If->getCond());
      return true;
    }
    void collect(const Stmt *S) {
      if (!S)
        return;
      if (const auto *E = dyn_cast<Expr>(S))
        if (const FieldDecl *Flag = memberOfThis(E))
          TestedBefore.insert(Flag);
      for (const Stmt *Child : S->children())
        collect(Child);
    }
  } F(Release, SM);
  F.TraverseStmt(M->getBody());
  return llvm::any_of(F.Assigned, [&](const FieldDecl *Flag) {
    return F.TestedBefore.count(Flag);
  });
}

/// The seed of the evidence that \p F is frequently invoked, when the calls
/// it stands for run one after another: only loops lead to \p F, or, with
/// \p EventLoops, also handlers that an event loop runs one at a time on
/// its thread (libevent, GLib timers, libuv). Null otherwise.
const HotReason *sequentialSeed(const HotFunctionIndex &Hot,
                                const FunctionDecl *F, bool EventLoops) {
  auto Chain = Hot.evidenceChain(F);
  auto OneAtATime = [&](const auto &Link) {
    const HotReason &R = *Link.second;
    return R.K == HotReason::Kind::CalledInLoop ||
           R.K == HotReason::Kind::CalledFromHot ||
           (EventLoops && R.K == HotReason::Kind::Registered && R.Sequential);
  };
  if (Chain.empty() || !llvm::all_of(Chain, OneAtATime))
    return nullptr;
  return Chain.back().second;
}

} // namespace

SharedClientCloseCheck::SharedClientCloseCheck(
    StringRef Name, ClangTidyContext *Context,
    std::shared_ptr<FactsCache> Cache)
    : ClangTidyCheck(Name, Context), Shared(Options, std::move(Cache)),
      ShutdownFunctions(
          Options.get("ShutdownFunctions", DefaultShutdownFunctions)) {
  for (const std::string &Error : Shared.errors())
    configurationDiag("%0") << Error;
  // An invalid pattern leaves ShutdownPattern invalid: it matches nothing.
  if (std::string Problem = regexProblem(ShutdownFunctions); !Problem.empty())
    configurationDiag("invalid regular expression '%0' in option "
                      "'ShutdownFunctions': %1")
        << ShutdownFunctions << Problem;
  else
    ShutdownPattern = llvm::Regex(ShutdownFunctions, llvm::Regex::IgnoreCase);
}

void SharedClientCloseCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Shared.store(Options, Opts);
  Options.store(Opts, "ShutdownFunctions", ShutdownFunctions);
}

void SharedClientCloseCheck::registerMatchers(MatchFinder *Finder) {
  // Template instantiations are left out in check().
  auto InUserCode = unless(isExpansionInSystemHeader());
  NameLists Releases = splitNames(releaseNames(Shared.models()));
  NameLists Callbacks = splitNames(callbackRegistrations(Shared.models()));
  // redisFree(SharedContext); curl_global_cleanup();
  Finder->addMatcher(
      callExpr(callee(functionDecl(namedIn(Releases))), InUserCode)
          .bind("release"),
      this);
  // redisAsyncSetDisconnectCallback(Ctx, onDisconnect);
  Finder->addMatcher(
      callExpr(callee(functionDecl(namedIn(Callbacks))), InUserCode)
          .bind("library-frees-after"),
      this);
  // atexit(closeAll);
  Finder->addMatcher(
      callExpr(callee(functionDecl(
                   hasAnyName("::atexit", "::std::atexit", "::at_quick_exit"))))
          .bind("atexit"),
      this);
}

void SharedClientCloseCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *Call =
          Result.Nodes.getNodeAs<CallExpr>("library-frees-after");
      Call && Shared.isInTemplateInstantiation(*Call, *Context))
    return;
  if (const auto *Exit = Result.Nodes.getNodeAs<CallExpr>("atexit")) {
    if (Exit->getNumArgs() > 0)
      if (const FunctionDecl *Handler = callbackIn(Exit->getArg(0)))
        ExitHandlers.insert(Handler->getCanonicalDecl());
    return;
  }
  const ModelSet &Models = Shared.models();
  if (const auto *Registration =
          Result.Nodes.getNodeAs<CallExpr>("library-frees-after")) {
    std::string Name = modelName(Registration->getDirectCallee());
    auto Registers = [&](const std::vector<std::string> &Names) {
      return llvm::any_of(
          Names, [&](const std::string &N) { return nameMatches(N, Name); });
    };
    for (const auto &R : Models.resources()) {
      bool FreedAfter = Registers(R->FreedAfterCallbacks);
      if (!FreedAfter && !Registers(R->InUseDuringCallbacks))
        continue;
      for (const Expr *Arg : Registration->arguments())
        if (const FunctionDecl *Callback = callbackIn(Arg))
          LibraryCallbacks[Callback->getCanonicalDecl()] = {R.get(),
                                                            FreedAfter};
    }
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("release");
  if (!Call ||
      Result.Context->getDiagnostics().hasUncompilableErrorOccurred() ||
      Shared.isInTemplateInstantiation(*Call, *Context))
    return;
  std::vector<CallMatch> Matches =
      Models.findRelease(modelName(Call->getDirectCallee()));
  CodeContext Where = findCodeContext(Call, *Result.Context);
  if (Matches.empty() || !Where.Function ||
      isUninstantiatedTemplate(Where.Function))
    return;
  Releases.push_back({Call, Matches.front(), Where.Function});
}

bool SharedClientCloseCheck::isShutdownPath(const FunctionDecl *F) const {
  if (F->isMain() || isa<CXXDestructorDecl>(F) ||
      ExitHandlers.count(F->getCanonicalDecl()))
    return true;
  if (!F->getDeclName().isIdentifier())
    return false;
  llvm::StringRef Name = F->getName();
  return ShutdownPattern.match(Name) ||
         llvm::any_of(identifierWords(Name), [&](llvm::StringRef Word) {
           return ShutdownPattern.match(Word);
         });
}

/// Every reference to \p F in the translation unit, with the function it
/// is in.
const std::vector<SharedClientCloseCheck::FunctionUse> &
SharedClientCloseCheck::usesOf(const FunctionDecl *F, ASTContext &Ctx) {
  auto Cached = UsesCache.find(F->getCanonicalDecl());
  if (Cached != UsesCache.end())
    return Cached->second;
  struct Finder : RecursiveASTVisitor<Finder> {
    const FunctionDecl *F;
    const FunctionDecl *Current = nullptr;
    std::vector<FunctionUse> Uses;
    explicit Finder(const FunctionDecl *F) : F(F) {}
    bool shouldVisitTemplateInstantiations() const { return true; }
    bool TraverseFunctionDecl(FunctionDecl *D) {
      const FunctionDecl *Saved = Current;
      Current = D;
      bool Result = RecursiveASTVisitor::TraverseFunctionDecl(D);
      Current = Saved;
      return Result;
    }
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (Ref->getDecl()->getCanonicalDecl() == F->getCanonicalDecl())
        Uses.push_back({Ref, Current});
      return true;
    }
  } Search(F);
  Search.TraverseDecl(Ctx.getTranslationUnitDecl());
  return UsesCache[F->getCanonicalDecl()] = std::move(Search.Uses);
}

/// True if \p S may use what a release let go of again: it refers to
/// \p Global, calls a function of the same library as \p Teardown
/// (declared in the same file), or calls code of the program's own, which
/// may do either.
static bool usesAgain(const Stmt *S, const VarDecl *Global,
                      const FunctionDecl *Teardown, const SourceManager &SM) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
    if (Global && Ref->getDecl() == Global)
      return true;
    if (const auto *Callee = dyn_cast<FunctionDecl>(Ref->getDecl())) {
      SourceLocation Where = SM.getExpansionLoc(Callee->getLocation());
      if (!SM.isInSystemHeader(Where) ||
          SM.getFileID(Where) ==
              SM.getFileID(SM.getExpansionLoc(Teardown->getLocation())))
        return true;
    }
  }
  return llvm::any_of(S->children(), [&](const Stmt *Child) {
    return usesAgain(Child, Global, Teardown, SM);
  });
}

/// True if \p F runs once, when the program is done with what \p R
/// releases: every call of it is a statement of `main` after which main
/// no longer uses the released global (or, for a library teardown, that
/// library), or is in such a function itself (`ioExit()` calling
/// `closeSockets()`).
bool SharedClientCloseCheck::runsAtEndOfMain(const FunctionDecl *F,
                                             const Release &R, ASTContext &Ctx,
                                             unsigned Depth) {
  const std::vector<FunctionUse> &Uses = usesOf(F, Ctx);
  if (Uses.empty() || Depth > 2)
    return false;
  const VarDecl *Global = sharedVariable(releasedValue(R.Call, R.Match));
  const FunctionDecl *Teardown = R.Call->getDirectCallee();
  for (const FunctionUse &Use : Uses) {
    if (!Use.In)
      return false;
    if (!Use.In->isMain()) {
      if (!runsAtEndOfMain(Use.In, R, Ctx, Depth + 1))
        return false;
      continue;
    }
    const auto *Body = dyn_cast_or_null<CompoundStmt>(Use.In->getBody());
    if (!Body)
      return false;
    auto Call = llvm::find_if(Body->body(), [&](const Stmt *S) {
      const auto *E = dyn_cast<Expr>(S);
      const auto *Called =
          E ? dyn_cast<CallExpr>(E->IgnoreImplicit()) : nullptr;
      return Called && Called->getCallee()->IgnoreParenImpCasts() == Use.Ref;
    });
    if (Call == Body->body_end() ||
        std::any_of(std::next(Call), Body->body_end(), [&](const Stmt *S) {
          return usesAgain(S, Global, Teardown, Ctx.getSourceManager());
        }))
      return false;
  }
  return true;
}

/// A lambda that is stored or handed on rather than run where it is
/// written: when it runs is its holder's business.
static bool isDeferredLambda(const FunctionDecl *F, ASTContext &Ctx) {
  const LambdaExpr *Lambda = lambdaOfCallOperator(F, Ctx);
  return Lambda && !invocationInPlace(Lambda, Ctx);
}

void SharedClientCloseCheck::onEndOfTranslationUnit() {
  if (Context)
    for (const Release &R : Releases)
      examine(R, *Context);
  Releases.clear();
  ExitHandlers.clear();
  LibraryCallbacks.clear();
  UsesCache.clear();
  Context = nullptr;
  Shared.endTranslationUnit();
}

void SharedClientCloseCheck::examine(const Release &R, ASTContext &Ctx) {
  const ResourceModel &Model = *R.Match.Resource;
  std::string Releaser = R.Call->getDirectCallee()->getQualifiedNameAsString();
  const HotFunctionIndex &Hot = Shared.facts(Ctx).hotFunctions();
  const HotReason *HotBecause = Hot.reasonFor(R.Function);

  // Freed inside a callback after which the library frees it again, or
  // that runs while the library uses it: the callback's own handle, or a
  // global that holds it.
  auto Callback = LibraryCallbacks.find(R.Function->getCanonicalDecl());
  const Expr *Value = releasedValue(R.Call, R.Match);
  if (Callback != LibraryCallbacks.end() &&
      Callback->second.Resource == &Model && Value) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Value->IgnoreParenCasts());
    if (Ref && (isa<ParmVarDecl>(Ref->getDecl()) || sharedVariable(Ref))) {
      diag(R.Call->getBeginLoc(),
           "'%0' frees the '%1' inside its own callback; the library "
           "%select{uses it until|frees it after}2 the callback returns")
          << Releaser << Model.TypeName << Callback->second.FreedAfter;
      return;
    }
  }

  if (Model.Kind == ResourceKind::ProcessInit) {
    // A function that initialises the library itself, run from main's own
    // loop: its teardown ends no one else's use (the per-call cost is
    // resource-per-call-client's concern).
    const HotReason *Seed =
        sequentialSeed(Hot, R.Function, /*EventLoops=*/false);
    bool PairedInMainLoop = Seed && Seed->K == HotReason::Kind::CalledInLoop &&
                            Seed->Caller && Seed->Caller->isMain() &&
                            acquiresItself(R.Function, Model);
    if (HotBecause && !PairedInMainLoop) {
      diag(R.Call->getBeginLoc(),
           "'%0' tears down the whole library on every call to %1; every "
           "other client of it in the process stops working")
          << Releaser << describeFunction(R.Function);
      addHotEvidenceNotes(*this, Hot, R.Function);
    } else if (!isShutdownPath(R.Function) &&
               !runsAtEndOfMain(R.Function, R, Ctx) &&
               !acquiresItself(R.Function, Model) &&
               !isDeferredLambda(R.Function, Ctx)) {
      diag(R.Call->getBeginLoc(),
           "'%0' tears down the whole library outside a shutdown path; every "
           "other client of it in the process stops working")
          << Releaser;
    }
    return;
  }
  if (!Value)
    return;
  // A name like 'reset' does not make request-handling code a shutdown
  // path: only destructors, main and exit handlers exempt hot code.
  bool ExitCode = R.Function->isMain() || isa<CXXDestructorDecl>(R.Function) ||
                  ExitHandlers.count(R.Function->getCanonicalDecl());
  // Results and statements are not clients: a global result set freed and
  // replaced is the normal shape. A client the function opened itself, or
  // whose holder ends right after (a throw, exit), is nobody else's.
  if (Model.Kind == ResourceKind::Child || leavesRightAfter(R.Call, Ctx))
    return;
  // Opened earlier in the same call and closed as one of the function's
  // own statements: the global is the function's connection for the call.
  const VarDecl *Global = sharedVariable(Value);
  if (Global && isStatementOf(R.Function, R.Call) &&
      opensBefore(R.Function, Global, Model, R.Call->getBeginLoc(),
                  Ctx.getSourceManager()))
    return;
  const VarDecl *ViaAccessor = Global ? nullptr : sharedThroughAccessor(Value);
  // Closed and forgotten in code whose calls run one after another (loops,
  // an event loop's handlers): the next use opens a new one (a cached
  // connection dropped for a reconnect). In a handler of a threaded
  // server, requests in flight still use it.
  bool DroppedForReconnect =
      Global && sequentialSeed(Hot, R.Function, /*EventLoops=*/true) &&
      reassignedAfter(R.Function->getBody(), Global, R.Call->getEndLoc(),
                      Ctx.getSourceManager(), Model);
  if (const VarDecl *SharedVar = Global ? Global : ViaAccessor;
      SharedVar && HotBecause && !ExitCode && !DroppedForReconnect) {
    diag(R.Call->getBeginLoc(),
         "'%0' closes the shared '%1' on every call to %2; other callers "
         "may still be using it")
        << Releaser << SharedVar->getName() << describeFunction(R.Function);
    addHotEvidenceNotes(*this, Hot, R.Function);
    diag(SharedVar->getLocation(),
         "'%0' is shared by the whole process%select{|; the accessor "
         "returns it}1",
         DiagnosticIDs::Note)
        << SharedVar->getName() << (ViaAccessor != nullptr);
    return;
  }
  // A public 'disconnect()' that leaves the member holding the closed
  // client, while the destructor closes it again: closed twice.
  const auto *Method = dyn_cast<CXXMethodDecl>(R.Function);
  if (const FieldDecl *Field = memberOfThis(Value);
      Field && Method &&
      !reassignedAfter(R.Function->getBody(), Field, R.Call->getEndLoc(),
                       Ctx.getSourceManager(), Model))
    if (const CallExpr *Again =
            closedAgainByDestructor(Method, Field, Shared.models());
        Again && !guardedByOwnFlag(Method, R.Call, Ctx.getSourceManager())) {
      diag(R.Call->getBeginLoc(),
           "'%0' closes '%1' but leaves it holding the closed '%2'; the "
           "destructor closes it again")
          << Releaser << Field->getName() << Model.TypeName;
      diag(Again->getBeginLoc(), "closed again here", DiagnosticIDs::Note);
      return;
    }
  if (isShutdownPath(R.Function) || runsAtEndOfMain(R.Function, R, Ctx))
    return;
  // A long-lived member or global closed and left pointing at the closed
  // client: the next use goes through a dangling handle.
  const ValueDecl *LongLived = memberOfThis(Value);
  if (!LongLived)
    LongLived = Global;
  if (LongLived &&
      !reassignedAfter(R.Function->getBody(), LongLived, R.Call->getEndLoc(),
                       Ctx.getSourceManager(), Model)) {
    diag(R.Call->getBeginLoc(),
         "'%0' closes '%1' but leaves it holding the closed '%2'; the next "
         "call through it uses a closed client")
        << Releaser << LongLived->getName() << Model.TypeName;
    diag(LongLived->getLocation(), "'%0' outlives this call",
         DiagnosticIDs::Note)
        << LongLived->getName();
  }
}

} // namespace clang::tidy::resource

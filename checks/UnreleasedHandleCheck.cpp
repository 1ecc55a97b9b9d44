//===--- UnreleasedHandleCheck.cpp - resource-unreleased-handle -----------===//

#include "UnreleasedHandleCheck.h"
#include "Fixes/SharedClientFix.h"
#include "LeakNotes.h"
#include "PerCallFinding.h"
#include "ResourceMatchers.h"
#include "Support/Parents.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;
using namespace resource_tidy;

namespace clang::tidy::resource {
namespace {

/// Acquisition call names of resources the code must release itself.
std::vector<std::string> releasableAcquireNames(const ModelSet &Models) {
  std::vector<std::string> Names;
  for (const auto &R : Models.resources()) {
    if ((R->Release.empty() && !R->ReleasedByDelete) ||
        R->Kind == ResourceKind::ProcessInit)
      continue;
    for (const CallSpec &Spec : R->Acquire)
      if (!Spec.isConstructor())
        Names.push_back(Spec.Call);
  }
  return Names;
}

/// The first acquisition model of \p Matches whose handles need a release.
const CallMatch *releasable(const std::vector<CallMatch> &Matches) {
  for (const CallMatch &M : Matches)
    if ((!M.Resource->Release.empty() || M.Resource->ReleasedByDelete) &&
        M.Resource->Kind != ResourceKind::ProcessInit)
      return &M;
  return nullptr;
}

/// A release function taking the handle as its only argument: one the
/// function already calls, else the model's first that is declared here.
const FunctionDecl *releaseFunction(const LifetimeFindings &Findings,
                                    const ResourceModel &Model,
                                    ASTContext &Ctx) {
  for (const Expr *Release : Findings.Releases)
    if (const auto *Call = dyn_cast<CallExpr>(Release))
      if (const FunctionDecl *F = Call->getDirectCallee();
          F && !isa<CXXMethodDecl>(F) && F->getNumParams() == 1)
        return F;
  for (const CallSpec &Spec : Model.Release) {
    if (Spec.isConstructor() || StringRef(Spec.Call).contains(':') ||
        !(Spec.Value == ValueRef::arg(0)))
      continue;
    for (const NamedDecl *D :
         Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(Spec.Call)))
      if (const auto *F = dyn_cast<FunctionDecl>(D);
          F && F->getNumParams() == 1)
        return F;
  }
  return nullptr;
}

/// True if \p E mentions \p Var.
bool mentions(const Stmt *E, const VarDecl *Var) {
  if (!E)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl() == Var;
  for (const Stmt *Child : E->children())
    if (mentions(Child, Var))
      return true;
  return false;
}

} // namespace

UnreleasedHandleCheck::UnreleasedHandleCheck(StringRef Name,
                                             ClangTidyContext *Context,
                                             std::shared_ptr<FactsCache> Cache)
    : ClangTidyCheck(Name, Context), Shared(Options, std::move(Cache)),
      AssumeCallsMayThrow(Options.get("AssumeCallsMayThrow", false)),
      MaxFunctionBlocks(
          Options.getLocalOrGlobal("MaxFunctionBlocks", DefaultMaxBlocks)),
      PerCallCheckEnabled(Context->isCheckEnabled("resource-per-call-client")) {
  for (const std::string &Error : Shared.errors())
    configurationDiag("%0") << Error;
}

void UnreleasedHandleCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Shared.store(Options, Opts);
  Options.store(Opts, "AssumeCallsMayThrow", AssumeCallsMayThrow);
  Options.store(Opts, "MaxFunctionBlocks", MaxFunctionBlocks);
}

void UnreleasedHandleCheck::registerMatchers(MatchFinder *Finder) {
  NameLists Calls = splitNames(releasableAcquireNames(Shared.models()));
  NameLists Classes = splitNames(Shared.models().acquireConstructNames());
  // Template instantiations are left out in check().
  auto InUserCode = unless(isExpansionInSystemHeader());
  // redisContext *C = redisConnect(...); sqlite3_open(Path, &Db);
  Finder->addMatcher(
      callExpr(callee(functionDecl(namedIn(Calls))), InUserCode).bind("call"),
      this);
  // auto *Client = new sw::redis::Redis(...);
  Finder->addMatcher(
      cxxNewExpr(has(cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(
                                          cxxRecordDecl(namedIn(Classes))))))
                         .bind("construct")),
                 InUserCode),
      this);
}

void UnreleasedHandleCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const ModelSet &Models = Shared.models();
  const Expr *Acquisition = nullptr;
  std::vector<CallMatch> Matches;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    Acquisition = Call;
    Matches = Models.findAcquire(modelName(Call->getDirectCallee()));
  } else if (const auto *Construct =
                 Result.Nodes.getNodeAs<CXXConstructExpr>("construct")) {
    Acquisition = Construct;
    Matches = Models.findConstruct(
        modelName(Construct->getConstructor()->getParent()));
  }
  const CallMatch *Match = Result.Nodes.getNodeAs<CallExpr>("call")
                               ? releasable(Matches)
                           : Matches.empty() ? nullptr
                                             : &Matches.front();
  if (!Acquisition || !Match ||
      Ctx.getDiagnostics().hasUncompilableErrorOccurred() ||
      Shared.isInTemplateInstantiation(*Acquisition, Ctx))
    return;
  CodeContext Where = findCodeContext(Acquisition, Ctx);
  // Made once (static, call_once) and kept for the process: not a leak.
  // Leaks out of main end with the process.
  // A lazily created shared client is still a leak if it is dropped on a
  // failure: only guards that run once are exempt.
  if ((Where.Guard != OnceGuard::None && Where.Guard != OnceGuard::LazyInit) ||
      !Where.Function || Where.Function->isMain() ||
      isUninstantiatedTemplate(Where.Function))
    return;
  ValueFlow Flow(*Match->Resource, Models, Ctx);
  LifetimeOptions Options;
  Options.CallsMayThrow = AssumeCallsMayThrow;
  Options.MaxBlocks = MaxFunctionBlocks;
  LifetimeFindings Findings = analyseHandleLifetime(
      Acquisition, *Match, Flow, Where.Function, Ctx, Options);
  if (!Findings.Analysed || Findings.Leaks.empty())
    return;
  report(Acquisition, *Match, Where.Function, Findings, Ctx);
}

bool UnreleasedHandleCheck::sharedByPerCallFix(const Expr *Acquisition,
                                               const CallMatch &Match,
                                               ASTContext &Ctx) {
  if (!PerCallCheckEnabled || Match.Resource->PerCallCost == Cost::Cheap)
    return false;
  std::optional<PerCallFinding> Churn =
      findPerCallChurn(Acquisition, Match, Shared.facts(Ctx), Ctx);
  if (!Churn)
    return false;
  // Only a per-call rewrite that is really offered replaces the handle.
  AccessorRegistry Scratch;
  return buildSharedClientFix(
             Acquisition, Match, handleTypeName(Acquisition, Match, Ctx),
             Churn->Where, Churn->Fate, SharedClientFixOptions(), Scratch, Ctx)
      .available();
}

void UnreleasedHandleCheck::report(const Expr *Acquisition,
                                   const CallMatch &Match,
                                   const FunctionDecl *Function,
                                   const LifetimeFindings &Findings,
                                   ASTContext &Ctx) {
  std::string TypeName = handleTypeName(Acquisition, Match, Ctx);
  std::string Acquirer = "new";
  if (const auto *Call = dyn_cast<CallExpr>(Acquisition))
    Acquirer = Call->getDirectCallee()->getQualifiedNameAsString();
  bool Dropped = Findings.Leaks.front().K == Leak::Kind::Dropped;
  diag(Acquisition->getBeginLoc(),
       "'%0' acquires a '%1' that %select{is not released on every "
       "path|is never stored, so nothing can release it}2")
      << Acquirer << TypeName << Dropped << Acquisition->getSourceRange();
  if (Dropped)
    return;

  bool OfferFix = !sharedByPerCallFix(Acquisition, Match, Ctx);
  bool LeaksOnReturn = addLeakNotes(*this, Findings, Function);
  // clang-tidy applies a note's fix only when it is the only note with one:
  // all the added releases go on one note, and only if they close every
  // leak.
  if (OfferFix) {
    std::vector<FixItHint> Edits;
    for (const Leak &L : Findings.Leaks)
      if (!addReleaseFix(Edits, L, Findings, Match, Ctx)) {
        Edits.clear();
        break;
      }
    if (!Edits.empty()) {
      const FunctionDecl *Release =
          releaseFunction(Findings, *Match.Resource, Ctx);
      auto Note = diag(Acquisition->getBeginLoc(),
                       "release it with '%0' before %select{that|each}1 "
                       "return",
                       DiagnosticIDs::Note)
                  << Release->getName() << (Findings.Leaks.size() > 1);
      for (const FixItHint &Edit : Edits)
        Note << Edit;
    }
  }
  FailureMode Failure = Match.Resource->OnFailure;
  // Released on some paths but not all: the missed one is often the failed
  // acquisition that still returned a handle.
  if (LeaksOnReturn && !Findings.Releases.empty() &&
      (Failure == FailureMode::Handle || Failure == FailureMode::Status)) {
    const FunctionDecl *Release =
        releaseFunction(Findings, *Match.Resource, Ctx);
    diag(Acquisition->getBeginLoc(),
         "'%0' gives a '%1' even when it fails; it must be released on error "
         "paths too%select{| (with '%3')}2",
         DiagnosticIDs::Note)
        << Acquirer << TypeName << (Release != nullptr)
        << (Release ? Release->getName() : "");
  }
}

bool UnreleasedHandleCheck::addReleaseFix(std::vector<FixItHint> &Edits,
                                          const Leak &L,
                                          const LifetimeFindings &Findings,
                                          const CallMatch &Match,
                                          ASTContext &Ctx) {
  const VarDecl *Holder = Findings.Holder;
  const auto *Return = dyn_cast_or_null<ReturnStmt>(L.At);
  if (!Holder || !Return || !Holder->getType()->isPointerType() ||
      L.MaybeReleased || (L.MaybeNull && !Match.Resource->ReleaseAcceptsNull) ||
      llvm::any_of(Findings.Holders, [&](const VarDecl *V) {
        return mentions(Return->getRetValue(), V);
      }))
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Begin = Return->getBeginLoc();
  if (Begin.isMacroID() || Return->getEndLoc().isMacroID() ||
      !SM.isBeforeInTranslationUnit(Holder->getLocation(), Begin))
    return false;
  const FunctionDecl *Release = releaseFunction(Findings, *Match.Resource, Ctx);
  if (!Release)
    return false;
  std::string Call =
      Release->getNameAsString() + "(" + Holder->getNameAsString() + ");";
  DynTypedNodeList Parents = parentsOf(*Return, Ctx);
  if (!Parents.empty() && Parents[0].get<CompoundStmt>()) {
    unsigned Column = SM.getSpellingColumnNumber(Begin);
    Edits.push_back(FixItHint::CreateInsertion(
        Begin, Call + "\n" + std::string(Column - 1, ' ')));
    return true;
  }
  // A return that is the body of an if or loop: give it braces.
  SourceLocation AfterSemi = Lexer::findLocationAfterToken(
      Return->getEndLoc(), tok::semi, SM, Ctx.getLangOpts(),
      /*SkipTrailingWhitespace=*/false);
  if (AfterSemi.isInvalid())
    return false;
  Edits.push_back(FixItHint::CreateInsertion(Begin, "{ " + Call + " "));
  Edits.push_back(FixItHint::CreateInsertion(AfterSemi, " }"));
  return true;
}

} // namespace clang::tidy::resource

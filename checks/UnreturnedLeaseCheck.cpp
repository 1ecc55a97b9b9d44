//===--- UnreturnedLeaseCheck.cpp - resource-unreturned-lease -------------===//

#include "UnreturnedLeaseCheck.h"
#include "LeakNotes.h"
#include "Lifetime/HandleLifetime.h"
#include "PerCallFinding.h"
#include "ResourceMatchers.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;
using namespace resource_tidy;

namespace clang::tidy::resource {
namespace {

/// Take calls of pools whose leases the code must give back itself (RAII
/// takes give themselves back).
std::vector<std::string> leaseTakeNames(const ModelSet &Models) {
  std::vector<std::string> Names;
  for (const auto &R : Models.resources())
    if (R->Lease)
      for (const CallSpec &Take : R->Lease->Take)
        if (!Take.isConstructor() && !Take.Raii)
          Names.push_back(Take.Call);
  return Names;
}

/// The pool model and take spec of a call, if it takes a lease.
std::optional<CallMatch> leaseTake(const ModelSet &Models,
                                   const FunctionDecl *Callee) {
  std::string Name = modelName(Callee);
  for (const auto &R : Models.resources())
    if (R->Lease)
      for (const CallSpec &Take : R->Lease->Take)
        if (!Take.isConstructor() && !Take.Raii && nameMatches(Take.Call, Name))
          return CallMatch{R.get(), &Take};
  return std::nullopt;
}

/// The first give-back function of a pool, for messages.
StringRef giveName(const ResourceModel &Pool) {
  return Pool.Lease->Give.empty() ? StringRef("its pool")
                                  : StringRef(Pool.Lease->Give.front().Call);
}

} // namespace

UnreturnedLeaseCheck::UnreturnedLeaseCheck(StringRef Name,
                                           ClangTidyContext *Context,
                                           std::shared_ptr<FactsCache> Cache)
    : ClangTidyCheck(Name, Context), Shared(Options, std::move(Cache)),
      AssumeCallsMayThrow(Options.get("AssumeCallsMayThrow", false)),
      MaxFunctionBlocks(
          Options.getLocalOrGlobal("MaxFunctionBlocks", DefaultMaxBlocks)) {
  for (const std::string &Error : Shared.errors())
    configurationDiag("%0") << Error;
}

void UnreturnedLeaseCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Shared.store(Options, Opts);
  Options.store(Opts, "AssumeCallsMayThrow", AssumeCallsMayThrow);
  Options.store(Opts, "MaxFunctionBlocks", MaxFunctionBlocks);
}

void UnreturnedLeaseCheck::registerMatchers(MatchFinder *Finder) {
  NameLists Takes = splitNames(leaseTakeNames(Shared.models()));
  // mongoc_client_t *Client = mongoc_client_pool_pop(Pool);
  Finder->addMatcher(callExpr(callee(functionDecl(namedIn(Takes))),
                              unless(isExpansionInSystemHeader()))
                         .bind("take"),
                     this);
}

void UnreturnedLeaseCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const auto *Take = Result.Nodes.getNodeAs<CallExpr>("take");
  const FunctionDecl *Callee = Take ? Take->getDirectCallee() : nullptr;
  if (!Callee || Ctx.getDiagnostics().hasUncompilableErrorOccurred() ||
      Shared.isInTemplateInstantiation(*Take, Ctx))
    return;
  std::optional<CallMatch> Match = leaseTake(Shared.models(), Callee);
  if (!Match)
    return;
  CodeContext Where = findCodeContext(Take, Ctx);
  if ((Where.Guard != OnceGuard::None && Where.Guard != OnceGuard::LazyInit) ||
      !Where.Function || Where.Function->isMain() ||
      isUninstantiatedTemplate(Where.Function))
    return;
  const ResourceModel &Pool = *Match->Resource;
  ValueFlow Flow(Pool, Shared.models(), Ctx, &*Pool.Lease);
  LifetimeOptions Options;
  Options.CallsMayThrow = AssumeCallsMayThrow;
  Options.MaxBlocks = MaxFunctionBlocks;
  LifetimeFindings Findings =
      analyseHandleLifetime(Take, *Match, Flow, Where.Function, Ctx, Options);
  if (!Findings.Analysed)
    return;
  std::string Taker = Callee->getQualifiedNameAsString();
  std::string Give = giveName(Pool).str();
  for (const Expr *Wrong : Findings.WrongReleases) {
    const auto *Call = dyn_cast<CallExpr>(Wrong);
    const FunctionDecl *Destroy = Call ? Call->getDirectCallee() : nullptr;
    diag(Wrong->getBeginLoc(),
         "'%0' destroys a connection taken from a pool with '%1'; give it "
         "back with '%2' instead")
        << (Destroy ? Destroy->getQualifiedNameAsString() : "delete") << Taker
        << Give;
    diag(Take->getBeginLoc(), "taken from the pool here", DiagnosticIDs::Note);
  }
  for (const Expr *Again : Findings.RepeatedReleases) {
    diag(Again->getBeginLoc(),
         "the connection taken with '%0' is given back to its pool a second "
         "time")
        << Taker;
    diag(Take->getBeginLoc(), "taken from the pool here", DiagnosticIDs::Note);
  }
  if (Findings.Leaks.empty())
    return;
  bool Dropped = Findings.Leaks.front().K == Leak::Kind::Dropped;
  diag(Take->getBeginLoc(),
       "'%0' takes a connection from its pool that %select{is not given back "
       "on every path|is never stored, so it can never be given back}1; "
       "the pool runs dry when leases are lost")
      << Taker << Dropped << Take->getSourceRange();
  if (!Dropped && addLeakNotes(*this, Findings, Where.Function))
    diag(Take->getBeginLoc(), "give it back with '%0' on every path",
         DiagnosticIDs::Note)
        << Give;
}

} // namespace clang::tidy::resource

//===--- PerCallClientCheck.cpp - resource-per-call-client ----------------===//

#include "PerCallClientCheck.h"
#include "Fixes/SharedClientFix.h"
#include "HotEvidence.h"
#include "Hotness/HotFunctions.h"
#include "PerCall/PerCallSites.h"
#include "PerCallFinding.h"
#include "ResourceMatchers.h"
#include "Support/ModelNames.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/Regex.h"

using namespace clang::ast_matchers;
using namespace resource_tidy;

namespace clang::tidy {

ArrayRef<std::pair<Cost, StringRef>> OptionEnumMapping<Cost>::getEnumMapping() {
  static constexpr std::pair<Cost, StringRef> Mapping[] = {
      {Cost::Cheap, "cheap"},
      {Cost::Moderate, "moderate"},
      {Cost::Expensive, "expensive"}};
  return Mapping;
}

ArrayRef<std::pair<SharedStyle, StringRef>>
OptionEnumMapping<SharedStyle>::getEnumMapping() {
  static constexpr std::pair<SharedStyle, StringRef> Mapping[] = {
      {SharedStyle::CallOnce, "CallOnce"},
      {SharedStyle::FunctionLocalStatic, "FunctionLocalStatic"}};
  return Mapping;
}

namespace resource {
namespace {

bool atLeast(Cost C, Cost Minimum) {
  return static_cast<int>(C) >= static_cast<int>(Minimum);
}

} // namespace

PerCallClientCheck::PerCallClientCheck(StringRef Name,
                                       ClangTidyContext *Context,
                                       std::shared_ptr<FactsCache> Cache)
    : ClangTidyCheck(Name, Context), Shared(Options, std::move(Cache)),
      MinimumCost(Options.get("MinimumCost", Cost::Moderate)),
      SharedClientStyle(
          Options.get("SharedClientStyle", SharedStyle::CallOnce)),
      Inserter(Options.getLocalOrGlobal("IncludeStyle",
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {
  for (const std::string &Error : Shared.errors())
    configurationDiag("%0") << Error;
}

void PerCallClientCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Shared.store(Options, Opts);
  Options.store(Opts, "MinimumCost", MinimumCost);
  Options.store(Opts, "SharedClientStyle", SharedClientStyle);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void PerCallClientCheck::registerPPCallbacks(const SourceManager &SM,
                                             Preprocessor *PP,
                                             Preprocessor *ModuleExpanderPP) {
  Inserter.registerPreprocessor(PP);
}

void PerCallClientCheck::registerMatchers(MatchFinder *Finder) {
  NameLists Calls = splitNames(Shared.models().acquireCallNames());
  NameLists Classes = splitNames(Shared.models().acquireConstructNames());
  NameLists MakeFunctions = splitNames(Shared.models().makeFunctions());
  // Template instantiations are left out in check().
  auto InUserCode = unless(isExpansionInSystemHeader());
  // redisConnect("127.0.0.1", 6379), grpc::CreateChannel(...)
  Finder->addMatcher(
      callExpr(callee(functionDecl(namedIn(Calls))), InUserCode).bind("call"),
      this);
  // sw::redis::Redis Redis("tcp://..."), new sw::redis::Redis(...)
  Finder->addMatcher(
      cxxConstructExpr(
          hasDeclaration(cxxConstructorDecl(
              unless(isCopyConstructor()), unless(isMoveConstructor()),
              ofClass(cxxRecordDecl(namedIn(Classes))))),
          InUserCode)
          .bind("construct"),
      this);
  // auto *C = connectToRedis(); where the helper returns a new client.
  Finder->addMatcher(callExpr(callee(functionDecl(hasBody(stmt()))), InUserCode)
                         .bind("helper-call"),
                     this);
  // Cache C(...); where Cache's constructor creates a client it keeps.
  Finder->addMatcher(
      cxxConstructExpr(
          hasDeclaration(cxxConstructorDecl(
              unless(isCopyConstructor()), unless(isMoveConstructor()),
              ofClass(cxxRecordDecl(unless(isExpansionInSystemHeader()))))),
          InUserCode)
          .bind("user-construct"),
      this);
  // std::make_shared<sw::redis::Redis>(...)
  Finder->addMatcher(
      callExpr(callee(functionDecl(
                   namedIn(MakeFunctions),
                   hasTemplateArgument(
                       0, refersToType(hasDeclaration(
                              cxxRecordDecl(namedIn(Classes)).bind("made")))))),
               InUserCode)
          .bind("make"),
      this);
}

void PerCallClientCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const ModelSet &Models = Shared.models();
  const Expr *Acquisition = nullptr;
  std::vector<CallMatch> Matches;
  const DerivedAcquisition *Derived = nullptr;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("helper-call")) {
    Derived = derivedFor(Call, Ctx);
    if (!Derived)
      return;
    Acquisition = Call;
    Matches = {{Derived->Resource, &Derived->Spec}};
  } else if (const auto *Construct =
                 Result.Nodes.getNodeAs<CXXConstructExpr>("user-construct")) {
    Derived = Shared.facts(Ctx).derivedAcquisitions().wrapper(
        Construct->getConstructor()->getParent());
    if (!Derived)
      return;
    Acquisition = Construct;
    Matches = {{Derived->Resource, &Derived->Spec}};
  } else if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("make")) {
    Acquisition = Call;
    Matches = Models.findConstruct(
        modelName(Result.Nodes.getNodeAs<CXXRecordDecl>("made")));
  } else if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    Acquisition = Call;
    Matches = Models.findAcquire(modelName(Call->getDirectCallee()));
  } else if (const auto *Construct =
                 Result.Nodes.getNodeAs<CXXConstructExpr>("construct")) {
    if (isLeaseConstruction(Construct, Models))
      return; // Takes a connection from a pool: that is the fix, not the bug.
    Acquisition = Construct;
    Matches = Models.findConstruct(
        modelName(Construct->getConstructor()->getParent()));
  }
  auto Costly = llvm::find_if(Matches, [&](const CallMatch &M) {
    return atLeast(M.Resource->PerCallCost, MinimumCost);
  });
  if (!Acquisition || Costly == Matches.end())
    return;
  // Errors in the code make the AST unreliable: say nothing rather than
  // guess (clangd runs checks on half-typed code).
  if (Ctx.getDiagnostics().hasUncompilableErrorOccurred() ||
      Shared.isInTemplateInstantiation(*Acquisition, Ctx))
    return;

  std::optional<PerCallFinding> Churn =
      findPerCallChurn(Acquisition, *Costly, Shared.facts(Ctx), Ctx);
  if (!Churn)
    return;
  report(Acquisition, *Costly, Derived, Churn->Where, Churn->Hot, Churn->Fate,
         Ctx);
}

const DerivedAcquisition *PerCallClientCheck::derivedFor(const CallExpr *Call,
                                                         ASTContext &Ctx) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const DerivedAcquisitionIndex &Index =
      Shared.facts(Ctx).derivedAcquisitions();
  if (Index.empty() || !Callee)
    return nullptr;
  // std::make_unique<Cache>(...) constructs a wrapper class.
  if (Shared.models().isMakeFunction(modelName(Callee))) {
    const TemplateArgumentList *Args = Callee->getTemplateSpecializationArgs();
    if (!Args || Args->size() == 0 ||
        Args->get(0).getKind() != TemplateArgument::Type)
      return nullptr;
    const CXXRecordDecl *Made = Args->get(0).getAsType()->getAsCXXRecordDecl();
    return Made ? Index.wrapper(Made) : nullptr;
  }
  return Index.factory(Callee);
}

void PerCallClientCheck::report(const Expr *Acquisition, const CallMatch &Match,
                                const DerivedAcquisition *Derived,
                                const CodeContext &Where, const HotReason *Hot,
                                const ResourceFate &Fate, ASTContext &Ctx) {
  const ResourceModel &Model = *Match.Resource;
  enum { Creates, Constructed, Runs };
  int Form = Match.Spec->isConstructor()               ? Constructed
             : Model.Kind == ResourceKind::ProcessInit ? Runs
                                                       : Creates;
  std::string Callee;
  if (const auto *Call = dyn_cast<CallExpr>(Acquisition))
    if (const FunctionDecl *F = Call->getDirectCallee())
      Callee = F->getQualifiedNameAsString();
  StringRef Cost = Model.CostReason.empty() ? StringRef("is costly")
                                            : StringRef(Model.CostReason);
  std::string TypeName = handleTypeName(Acquisition, Match, Ctx);
  SharedClientFix Fix;
  if (Derived && Derived->Spec.isConstructor())
    Fix.WhyNot = "the client lives inside '" + Derived->Spec.Construct +
                 "'; share one '" + Derived->Spec.Construct + "' instead";
  else
    Fix = planFix(Acquisition, Match, Where, Fate, Ctx);
  bool FixOnWarning = Fix.available() && Fix.Kind == Sharing::Process;
  {
    auto Warning =
        diag(Acquisition->getBeginLoc(),
             "%select{'%1' creates a new '%2'|'%2' is constructed|'%1' "
             "runs}0 on every %select{call to %4|iteration of this loop}3; "
             "each %select{one|construction|call}0 %5")
        << Form << Callee << TypeName << (Where.Loop != nullptr)
        << describeFunction(Where.Function) << Cost
        << Acquisition->getSourceRange();
    if (FixOnWarning)
      addEdits(Warning, Fix, Acquisition, Ctx);
  }
  if (Derived)
    diag(Derived->Inner->getBeginLoc(),
         "%select{'%1' creates it with '%2' here|the constructor of '%1' "
         "creates a client with '%2' here}0",
         DiagnosticIDs::Note)
        << Derived->Spec.isConstructor() << Derived->Spec.name()
        << Derived->InnerName;
  if (Where.Loop)
    diag(Where.Loop->getBeginLoc(), "the loop that repeats it starts here",
         DiagnosticIDs::Note);
  else
    addHotEvidence(Where.Function, Ctx);
  if (FixOnWarning)
    return;
  if (Fix.available()) {
    auto Note = diag(Acquisition->getBeginLoc(),
                     "'%0' %select{is not thread-safe|does not reconnect by "
                     "itself}1, so it cannot be shared by every call; reuse "
                     "one per thread instead",
                     DiagnosticIDs::Note)
                << TypeName << Model.ThreadSafe;
    addEdits(Note, Fix, Acquisition, Ctx);
  } else if (!Fix.WhyNot.empty()) {
    diag(Acquisition->getBeginLoc(), "no automatic fix: %0",
         DiagnosticIDs::Note)
        << Fix.WhyNot;
  }
}

void PerCallClientCheck::addHotEvidence(const FunctionDecl *Function,
                                        ASTContext &Ctx) {
  addHotEvidenceNotes(*this, Shared.facts(Ctx).hotFunctions(), Function);
}

SharedClientFix PerCallClientCheck::planFix(const Expr *Acquisition,
                                            const CallMatch &Match,
                                            const CodeContext &Where,
                                            const ResourceFate &Fate,
                                            ASTContext &Ctx) {
  SharedClientFixOptions FixOptions;
  FixOptions.Style = SharedClientStyle;
  // clangd applies each fix on its own: then every fix carries its own
  // accessor instead of sharing one with an identical site.
  AccessorRegistry SelfContained;
  AccessorRegistry &Registry =
      areDiagsSelfContained() ? SelfContained : Shared.facts(Ctx).accessors();
  return buildSharedClientFix(Acquisition, Match,
                              handleTypeName(Acquisition, Match, Ctx), Where,
                              Fate, FixOptions, Registry, Ctx);
}

void PerCallClientCheck::addEdits(DiagnosticBuilder &Diag,
                                  const SharedClientFix &Fix,
                                  const Expr *Acquisition, ASTContext &Ctx) {
  for (const FixItHint &Edit : Fix.Edits)
    Diag << Edit;
  FileID File = Ctx.getSourceManager().getFileID(Acquisition->getBeginLoc());
  for (const std::string &Header : Fix.Headers)
    if (auto Include =
            Inserter.createIncludeInsertion(File, "<" + Header + ">"))
      Diag << *Include;
}

} // namespace resource
} // namespace clang::tidy

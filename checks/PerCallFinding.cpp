//===--- PerCallFinding.cpp - Is an acquisition made on every call --------===//

#include "PerCallFinding.h"
#include "clang/AST/DeclTemplate.h"

using namespace resource_tidy;

namespace clang::tidy::resource {

bool isUninstantiatedTemplate(const FunctionDecl *F) {
  if (!F->isDependentContext())
    return false;
  for (const DeclContext *DC = F; DC; DC = DC->getParent()) {
    if (const auto *Fn = dyn_cast<FunctionDecl>(DC))
      if (const FunctionTemplateDecl *T = Fn->getDescribedFunctionTemplate())
        if (T->specializations().empty())
          return true;
    if (const auto *Record = dyn_cast<CXXRecordDecl>(DC))
      if (const ClassTemplateDecl *T = Record->getDescribedClassTemplate())
        if (T->specializations().empty())
          return true;
  }
  return false;
}

std::optional<PerCallFinding> findPerCallChurn(const Expr *Acquisition,
                                               const CallMatch &Match,
                                               TranslationUnitFacts &Facts,
                                               ASTContext &Ctx) {
  PerCallFinding Finding;
  CodeContext &Where = Finding.Where;
  Where = findCodeContext(Acquisition, Ctx);
  if (Where.Guard != OnceGuard::None || !Where.Function ||
      isMarkedCold(Where.Function) || isUninstantiatedTemplate(Where.Function))
    return std::nullopt;
  Finding.Hot = Facts.hotFunctions().reasonFor(Where.Function);
  if (!Where.Loop && !Finding.Hot)
    return std::nullopt;
  Finding.Fate =
      traceResource(Acquisition, Match, Where.Function, Facts.models(), Ctx);
  if (Finding.Fate.Kept)
    return std::nullopt;
  // A loop that keeps what it made (a retry loop) or connects to another
  // target each time (a loop over hosts) does not churn.
  if (Where.Loop && (!isRemadeEachIteration(Finding.Fate, Where, Ctx) ||
                     argumentsVaryPerIteration(Acquisition, Match, Finding.Fate,
                                               Where, Ctx))) {
    Where.Loop = nullptr;
    if (!Finding.Hot)
      return std::nullopt;
  }
  // Called in a loop with a different target each time (a helper called
  // for each host): each call connects to something else.
  const HotReason *Hot = Finding.Hot;
  if (!Where.Loop && Hot && Hot->K == HotReason::Kind::CalledInLoop &&
      Hot->CallSite && Hot->Loop &&
      callArgumentsVaryPerIteration(
          Hot->CallSite, Hot->Loop, Hot->Caller,
          parametersUsed(Acquisition, Match, Finding.Fate, Where.Function, Ctx),
          Ctx))
    return std::nullopt;
  return Finding;
}

} // namespace clang::tidy::resource

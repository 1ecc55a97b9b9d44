//===--- LeakNotes.cpp - Notes that show where a handle is lost -----------===//

#include "LeakNotes.h"
#include "ResourceMatchers.h"

using namespace resource_tidy;

namespace clang::tidy::resource {

bool addLeakNotes(ClangTidyCheck &Check, const LifetimeFindings &Findings,
                  const FunctionDecl *Function) {
  bool LeaksAtExit = false;
  std::string HolderName =
      Findings.Holder ? Findings.Holder->getNameAsString() : "";
  for (const Leak &L : Findings.Leaks) {
    switch (L.K) {
    case Leak::Kind::Return:
      LeaksAtExit = true;
      Check.diag(L.Loc, "it leaks when %0 returns here", DiagnosticIDs::Note)
          << describeFunction(Function);
      break;
    case Leak::Kind::Throw:
      LeaksAtExit = true;
      Check.diag(L.Loc, "it leaks when this exception is thrown",
                 DiagnosticIDs::Note);
      break;
    case Leak::Kind::MayThrowCall:
      Check.diag(L.Loc, "it leaks if this call throws", DiagnosticIDs::Note);
      break;
    case Leak::Kind::FunctionEnd:
      LeaksAtExit = true;
      Check.diag(L.Loc, "it leaks when %0 ends here", DiagnosticIDs::Note)
          << describeFunction(Function);
      break;
    case Leak::Kind::Overwrite:
      Check.diag(L.Loc,
                 "it leaks when '%0' is overwritten here while it still "
                 "holds it",
                 DiagnosticIDs::Note)
          << HolderName;
      break;
    case Leak::Kind::ScopeEnd:
      LeaksAtExit = true;
      Check.diag(L.Loc, "it leaks when '%0' goes out of scope here",
                 DiagnosticIDs::Note)
          << HolderName;
      break;
    case Leak::Kind::HelperSkipsRelease:
      Check.diag(L.Loc, "%0 releases it only on some paths",
                 DiagnosticIDs::Note)
          << describeFunction(L.Helper);
      Check.diag(L.HelperExit,
                 "it leaks when %select{%1 returns here|this exception is "
                 "thrown}0",
                 DiagnosticIDs::Note)
          << L.HelperExitThrows << describeFunction(L.Helper);
      break;
    case Leak::Kind::Dropped:
      break;
    }
  }
  for (const Expr *Release : Findings.ConditionalReleases)
    Check.diag(Release->getBeginLoc(),
               "it is released here only when the condition of this 'if' "
               "holds",
               DiagnosticIDs::Note);
  return LeaksAtExit;
}

} // namespace clang::tidy::resource

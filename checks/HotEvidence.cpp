//===--- HotEvidence.cpp - Notes on why a function runs often -------------===//

#include "HotEvidence.h"
#include "ResourceMatchers.h"

using namespace resource_tidy;

namespace clang::tidy::resource {

void addHotEvidenceNotes(ClangTidyCheck &Check, const HotFunctionIndex &Index,
                         const FunctionDecl *Function) {
  for (const auto &[F, R] : Index.evidenceChain(Function)) {
    std::string Name = describeFunction(F);
    switch (R->K) {
    case HotReason::Kind::Registered:
      Check.diag(R->Loc, "%0 is registered with '%2' here as %1",
                 DiagnosticIDs::Note)
          << Name << R->Description << R->Via;
      break;
    case HotReason::Kind::Overrides:
      Check.diag(R->Loc, "%0 is %1: it overrides '%2'", DiagnosticIDs::Note)
          << Name << R->Description << R->Via;
      break;
    case HotReason::Kind::ServiceMethod:
      Check.diag(R->Loc, "%0 is %1: it takes a '%2'", DiagnosticIDs::Note)
          << Name << R->Description << R->Via;
      break;
    case HotReason::Kind::HotAttribute:
      Check.diag(R->Loc, "%0 is marked as frequently invoked",
                 DiagnosticIDs::Note)
          << Name;
      break;
    case HotReason::Kind::NamePattern:
      Check.diag(R->Loc, "%0 matches the 'HotFunctions' pattern '%1'",
                 DiagnosticIDs::Note)
          << Name << R->Via;
      break;
    case HotReason::Kind::CalledInLoop:
      Check.diag(R->Loc,
                 "%0 is %select{called|passed to '%3'}2 in a loop in %1 here",
                 DiagnosticIDs::Note)
          << Name << describeFunction(R->Caller) << !R->Via.empty() << R->Via;
      break;
    case HotReason::Kind::CalledFromHot:
      Check.diag(R->Loc, "%0 is %select{called|passed to '%3'}2 by %1 here",
                 DiagnosticIDs::Note)
          << Name << describeFunction(R->Caller) << !R->Via.empty() << R->Via;
      break;
    }
  }
}

} // namespace clang::tidy::resource

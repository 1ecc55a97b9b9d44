//===--- PerCallFinding.h - Is an acquisition made on every call ----------===//
//
// The decision behind resource-per-call-client, shared with the checks whose
// fixes must compose with it: a handle that resource-per-call-client turns
// into a shared or per-thread client must not get a per-call release.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_CHECKS_PERCALLFINDING_H
#define RESOURCE_TIDY_CHECKS_PERCALLFINDING_H

#include "Facts/TranslationUnitFacts.h"
#include "PerCall/PerCallSites.h"

namespace clang::tidy::resource {

/// Why an acquisition is made anew on every call or iteration.
struct PerCallFinding {
  resource_tidy::CodeContext Where; ///< Where.Loop is set for loop churn.
  const resource_tidy::HotReason *Hot = nullptr;
  resource_tidy::ResourceFate Fate;
};

/// The per-call churn of \p Acquisition, or nothing when it is made once,
/// kept beyond the call, or not in frequently invoked code.
std::optional<PerCallFinding>
findPerCallChurn(const Expr *Acquisition, const resource_tidy::CallMatch &Match,
                 resource_tidy::TranslationUnitFacts &Facts, ASTContext &Ctx);

/// A function template or a member of a class template that is never
/// instantiated: its code never runs, and names in it may not resolve.
bool isUninstantiatedTemplate(const FunctionDecl *F);

} // namespace clang::tidy::resource

#endif // RESOURCE_TIDY_CHECKS_PERCALLFINDING_H

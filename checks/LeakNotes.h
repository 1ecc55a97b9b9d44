//===--- LeakNotes.h - Notes that show where a handle is lost -------------===//

#ifndef RESOURCE_TIDY_CHECKS_LEAKNOTES_H
#define RESOURCE_TIDY_CHECKS_LEAKNOTES_H

#include "Lifetime/HandleLifetime.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::resource {

/// Adds a note for every leaking exit of \p Findings ("it leaks when 'f'
/// returns here", ...). Returns true if some leak is an exit of the
/// function (a return, a throw or its end).
bool addLeakNotes(ClangTidyCheck &Check,
                  const resource_tidy::LifetimeFindings &Findings,
                  const FunctionDecl *Function);

} // namespace clang::tidy::resource

#endif // RESOURCE_TIDY_CHECKS_LEAKNOTES_H

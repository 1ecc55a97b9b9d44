//===--- HotEvidence.h - Notes on why a function runs often ---------------===//

#ifndef RESOURCE_TIDY_CHECKS_HOTEVIDENCE_H
#define RESOURCE_TIDY_CHECKS_HOTEVIDENCE_H

#include "Hotness/HotFunctions.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::resource {

/// One note per link of the chain that makes \p Function frequently
/// invoked: the registration, the override, the loop, each call.
void addHotEvidenceNotes(ClangTidyCheck &Check,
                         const resource_tidy::HotFunctionIndex &Index,
                         const FunctionDecl *Function);

} // namespace clang::tidy::resource

#endif // RESOURCE_TIDY_CHECKS_HOTEVIDENCE_H

//===--- SharedClientFix.h - Rewrite a per-call client to a shared one ----===//
//
// Builds the rewrite of a per-call construction into a namespace-scope
// accessor that creates the client once: with std::call_once (or a
// function-local static) for thread-safe, self-reconnecting clients, or a
// thread_local per-thread handle for the others. The accessor replaces the
// construction, and the function's per-call releases of that client go.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_FIXES_SHAREDCLIENTFIX_H
#define RESOURCE_TIDY_FIXES_SHAREDCLIENTFIX_H

#include "Models/ResourceModel.h"
#include "PerCall/PerCallSites.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

namespace resource_tidy {

/// How the shared accessor creates its single instance.
enum class SharedStyle { CallOnce, FunctionLocalStatic };

/// How many instances the rewrite keeps.
enum class Sharing {
  Process,   ///< One for the process (thread-safe, reconnecting clients).
  PerThread, ///< One per thread (everything else).
};

/// How a per-call \p Model is best shared: by the whole process when it is
/// thread-safe and either reconnects by itself or connects to nothing
/// (factories and pools), otherwise per thread.
Sharing sharingFor(const ResourceModel &Model);

/// Accessors already planned in one translation unit, so that identical
/// sites share one and names stay unique.
class AccessorRegistry {
public:
  /// The name planned for this accessor body, if any.
  std::optional<std::string> find(llvm::StringRef Body) const;
  /// A name starting with \p Stem that no declaration or plan uses.
  std::string uniqueName(llvm::StringRef Stem, const clang::ASTContext &Ctx);
  void add(llvm::StringRef Body, llvm::StringRef Name);

private:
  llvm::StringMap<std::string> NameByBody;
  llvm::StringSet<> Names;
};

/// A planned rewrite, or the reason there is none.
struct SharedClientFix {
  Sharing Kind = Sharing::Process;
  std::vector<clang::FixItHint> Edits;
  std::string AccessorName;
  /// Headers the rewrite needs, like "<mutex>".
  std::vector<std::string> Headers;
  /// Why no rewrite is offered; empty when Edits are set or when there is
  /// nothing worth saying (C code).
  std::string WhyNot;
  bool available() const { return !Edits.empty(); }
};

struct SharedClientFixOptions {
  SharedStyle Style = SharedStyle::CallOnce;
};

/// Plans the rewrite for the acquisition \p Acquisition, whose fate in its
/// function is \p Fate; \p DisplayName names the resource type in the
/// accessor's name and comment.
SharedClientFix
buildSharedClientFix(const clang::Expr *Acquisition, const CallMatch &Match,
                     llvm::StringRef DisplayName, const CodeContext &Where,
                     const ResourceFate &Fate,
                     const SharedClientFixOptions &Options,
                     AccessorRegistry &Registry, clang::ASTContext &Ctx);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_FIXES_SHAREDCLIENTFIX_H

//===--- ResourceMatchers.h - Matchers and wording shared by the checks ---===//

#ifndef RESOURCE_TIDY_CHECKS_RESOURCEMATCHERS_H
#define RESOURCE_TIDY_CHECKS_RESOURCEMATCHERS_H

#include "Support/ModelNames.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"
#include <memory>

namespace clang::tidy::resource {

/// Model names split into exact names, for the fast hasAnyName, and
/// "regex:" patterns.
struct NameLists {
  std::vector<std::string> Exact;
  std::vector<std::shared_ptr<llvm::Regex>> Patterns;
  /// The last components of the exact names ("redisConnect", "Redis"): a
  /// declaration named otherwise cannot match one, and testing its plain
  /// identifier is much cheaper than hasAnyName's qualified comparison.
  /// Null when some exact name does not end in an identifier.
  std::shared_ptr<llvm::StringSet<>> LastNames;
};

NameLists splitNames(llvm::ArrayRef<std::string> Names);

namespace detail {
AST_MATCHER_P(NamedDecl, hasLastNameIn, std::shared_ptr<llvm::StringSet<>>,
              Names) {
  if (!Names)
    return true;
  const IdentifierInfo *Id = Node.getIdentifier();
  return Id && Names->contains(Id->getName());
}

AST_MATCHER_P(NamedDecl, matchesAnyPattern,
              std::vector<std::shared_ptr<llvm::Regex>>, Patterns) {
  if (Patterns.empty())
    return false;
  std::string Name = resource_tidy::modelName(&Node);
  return llvm::any_of(Patterns,
                      [&](const auto &Re) { return Re->match(Name); });
}
} // namespace detail

/// Declarations whose model name is one of \p Lists.
inline auto namedIn(const NameLists &Lists) {
  using namespace ast_matchers;
  std::vector<StringRef> Exact(Lists.Exact.begin(), Lists.Exact.end());
  return namedDecl(
      anyOf(allOf(detail::hasLastNameIn(Lists.LastNames), hasAnyName(Exact)),
            detail::matchesAnyPattern(Lists.Patterns)));
}

/// "'handleGet'", "'Handler::handle'" or "the lambda", for messages.
std::string describeFunction(const FunctionDecl *F);

} // namespace clang::tidy::resource

#endif // RESOURCE_TIDY_CHECKS_RESOURCEMATCHERS_H

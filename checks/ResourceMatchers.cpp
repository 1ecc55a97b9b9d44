//===--- ResourceMatchers.cpp - Matchers and wording shared by the checks -===//

#include "ResourceMatchers.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/CharInfo.h"

namespace clang::tidy::resource {

NameLists splitNames(llvm::ArrayRef<std::string> Names) {
  NameLists Lists;
  Lists.LastNames = std::make_shared<llvm::StringSet<>>();
  for (StringRef Name : Names) {
    if (Name.consume_front("regex:")) {
      Lists.Patterns.push_back(
          std::make_shared<llvm::Regex>(("^(::)?(" + Name + ")$").str()));
      continue;
    }
    Lists.Exact.push_back(Name.str());
    StringRef Last =
        Name.rsplit("::").second.empty() ? Name : Name.rsplit("::").second;
    if (Lists.LastNames && isValidAsciiIdentifier(Last))
      Lists.LastNames->insert(Last);
    else
      Lists.LastNames = nullptr; // "operator new" and the like: no filter.
  }
  return Lists;
}

std::string describeFunction(const FunctionDecl *F) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(F)) {
    if (Method->getParent()->isLambda())
      return "the lambda";
    return "'" + Method->getParent()->getNameAsString() +
           "::" + Method->getNameAsString() + "'";
  }
  return "'" + F->getNameAsString() + "'";
}

} // namespace clang::tidy::resource

//===--- ResourceMatchers.cpp - Matchers and wording shared by the checks -===//

#include "ResourceMatchers.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::resource {

NameLists splitNames(llvm::ArrayRef<std::string> Names) {
  NameLists Lists;
  for (StringRef Name : Names) {
    if (Name.consume_front("regex:"))
      Lists.Patterns.push_back(
          std::make_shared<llvm::Regex>(("^(::)?(" + Name + ")$").str()));
    else
      Lists.Exact.push_back(Name.str());
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

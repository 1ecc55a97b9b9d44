//===--- ModelNames.cpp - Names of declarations as model files write them -===//

#include "Support/ModelNames.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

std::string resource_tidy::modelName(const NamedDecl *D) {
  if (const auto *Self = dyn_cast<ClassTemplateSpecializationDecl>(D))
    return Self->getSpecializedTemplate()->getQualifiedNameAsString();
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(D->getDeclContext());
  if (!Spec)
    return D->getQualifiedNameAsString();
  return Spec->getSpecializedTemplate()->getQualifiedNameAsString() +
         "::" + D->getNameAsString();
}

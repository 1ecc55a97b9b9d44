//===--- ModelNames.cpp - Names of declarations as model files write them -===//

#include "Support/ModelNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/QualTypeNames.h"

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

/// The type a handle of type \p T points to or owns, keeping a typedef that
/// names the pointer itself.
static QualType handledType(QualType T) {
  if (T->getAs<TypedefType>() && T->isPointerType())
    return T;
  if (T->isPointerType())
    return T->getPointeeType();
  if (const auto *Record = T->getAsCXXRecordDecl()) {
    std::string Name = Record->getQualifiedNameAsString();
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record);
    if (Spec && (Name == "std::shared_ptr" || Name == "std::unique_ptr") &&
        Spec->getTemplateArgs().size() > 0)
      return Spec->getTemplateArgs()[0].getAsType();
  }
  return T;
}

std::string resource_tidy::handleTypeName(const Expr *Acquisition,
                                          const CallMatch &Match,
                                          const ASTContext &Ctx) {
  QualType T;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Acquisition)) {
    T = Construct->getType();
  } else if (const auto *Call = dyn_cast<CallExpr>(Acquisition)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    const ValueRef &V = Match.Spec->Value;
    if (Match.Spec->isConstructor() || !Callee)
      T = Call->getType(); // std::make_shared<T>(...)
    else if (V.K == ValueRef::Kind::ArgPointee &&
             V.Index < Callee->getNumParams())
      T = Callee->getParamDecl(V.Index)->getType()->getPointeeType();
    else
      T = Callee->getReturnType();
  }
  if (!T.isNull())
    T = handledType(T);
  if (T.isNull() || T->isVoidType() || T->isDependentType())
    return Match.Resource->TypeName;
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  return TypeName::getFullyQualifiedName(T.getUnqualifiedType(), Ctx, Policy);
}

bool resource_tidy::isLeaseConstruction(const CXXConstructExpr *Construct,
                                        const ModelSet &Models) {
  std::string Class = modelName(Construct->getConstructor()->getParent());
  for (const auto &Pool : Models.resources()) {
    if (!Pool->Lease)
      continue;
    for (const CallSpec &Take : Pool->Lease->Take) {
      if (!Take.isConstructor() || !Take.Pool ||
          Take.Pool->K != ValueRef::Kind::Arg ||
          Take.Pool->Index >= Construct->getNumArgs() ||
          !nameMatches(Take.Construct, Class))
        continue;
      QualType ArgType =
          Construct->getArg(Take.Pool->Index)->getType().getNonReferenceType();
      if (const auto *Record = ArgType->getAsCXXRecordDecl())
        if (nameMatches(Pool->TypeName, modelName(Record)))
          return true;
    }
  }
  return false;
}

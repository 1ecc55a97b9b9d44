//===--- DerivedAcquisitions.h - User code that acquires for its callers --===//
//
// Helpers that create a client and return it (`redisContext *connect()`),
// and classes whose constructor creates a client and keeps it in a member
// (`struct Cache { Cache() : Mc(memcached_create(nullptr)) {} ... }`), are
// acquisitions too: calling the helper or constructing the class per call
// creates a client per call. This index finds them in one translation unit,
// two levels deep (a helper calling a helper).
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_PERCALL_DERIVEDACQUISITIONS_H
#define RESOURCE_TIDY_PERCALL_DERIVEDACQUISITIONS_H

#include "Models/ResourceModel.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>

namespace resource_tidy {

/// A user function or class that acquires a modelled resource for its
/// caller.
struct DerivedAcquisition {
  const ResourceModel *Resource = nullptr;
  /// How a call of the factory or a construction of the wrapper acquires.
  CallSpec Spec;
  /// The modelled acquisition inside it, for notes.
  const clang::Expr *Inner = nullptr;
  /// The function or class name that acquires inside (for notes).
  std::string InnerName;
};

class DerivedAcquisitionIndex {
public:
  static std::unique_ptr<DerivedAcquisitionIndex> build(clang::ASTContext &Ctx,
                                                        const ModelSet &Models);

  /// The resource a call of \p F returns newly acquired, if any.
  const DerivedAcquisition *factory(const clang::FunctionDecl *F) const;
  /// The resource a construction of \p Class acquires and keeps, if any.
  const DerivedAcquisition *wrapper(const clang::CXXRecordDecl *Class) const;

  bool empty() const { return Factories.empty() && Wrappers.empty(); }

private:
  friend class DerivedAcquisitionFinder;
  llvm::DenseMap<const clang::FunctionDecl *, DerivedAcquisition> Factories;
  llvm::DenseMap<const clang::CXXRecordDecl *, DerivedAcquisition> Wrappers;
};

} // namespace resource_tidy

#endif // RESOURCE_TIDY_PERCALL_DERIVEDACQUISITIONS_H

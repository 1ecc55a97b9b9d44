//===--- Parents.h - Parents of nodes in user code ------------------------===//
//
// clang's own parent map (ASTContext::getParents) is built over the whole
// translation unit on first use: every declaration and template
// instantiation of every header. For a service file that includes gRPC++ or
// cpp-httplib that walk costs more than everything else the checks do. The
// checks only ask for parents of nodes in user code, so this index covers
// only declarations outside system headers, with the same parent relation.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_SUPPORT_PARENTS_H
#define RESOURCE_TIDY_SUPPORT_PARENTS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <mutex>
#include <vector>

namespace resource_tidy {

/// The parents of the statements and declarations of user code, as
/// clang::ParentMapContext records them, built by one walk that skips
/// declarations in system headers.
class UserCodeParents {
public:
  explicit UserCodeParents(clang::ASTContext &Ctx);

  /// The parents of \p Node; false if \p Node is not in the index.
  bool lookup(const clang::DynTypedNode &Node,
              clang::DynTypedNodeList &Parents) const;

private:
  friend class UserCodeParentsBuilder;
  void add(const void *Child, const clang::DynTypedNode &Parent);

  llvm::DenseMap<const void *, clang::DynTypedNode> Single;
  llvm::DenseMap<const void *, std::vector<clang::DynTypedNode>> Multiple;
};

/// Built on first use for one translation unit, and made the source of
/// parentsOf() for its ASTContext while this object lives.
class LazyUserCodeParents {
public:
  explicit LazyUserCodeParents(clang::ASTContext &Ctx);
  ~LazyUserCodeParents();
  LazyUserCodeParents(const LazyUserCodeParents &) = delete;
  LazyUserCodeParents &operator=(const LazyUserCodeParents &) = delete;

  const UserCodeParents &get();

private:
  clang::ASTContext &Ctx;
  std::once_flag Once;
  std::unique_ptr<UserCodeParents> Index;
};

/// The parents of \p Node: from the user-code index of \p Ctx while one is
/// installed (the checks install one per translation unit), else from
/// clang's parent map of the whole translation unit.
clang::DynTypedNodeList parentsOf(const clang::DynTypedNode &Node,
                                  clang::ASTContext &Ctx);
template <typename T>
clang::DynTypedNodeList parentsOf(const T &Node, clang::ASTContext &Ctx) {
  return parentsOf(clang::DynTypedNode::create(Node), Ctx);
}

/// True if \p S is inside a template instantiation (the test of
/// clang::ast_matchers::isInTemplateInstantiation, through parentsOf).
bool isInTemplateInstantiation(const clang::Stmt &S, clang::ASTContext &Ctx);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_SUPPORT_PARENTS_H

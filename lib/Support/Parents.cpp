//===--- Parents.cpp - Parents of nodes in user code ----------------------===//

#include "Support/Parents.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace resource_tidy {

/// The walk of clang::ParentMapContext (template instantiations and
/// implicit code included, statements by data recursion), minus the
/// declarations of system headers. TypeLocs, NestedNameSpecifierLocs and
/// attributes are parents as in clang's map but are not recorded as
/// children: nothing here asks for their parents.
class UserCodeParentsBuilder
    : public RecursiveASTVisitor<UserCodeParentsBuilder> {
public:
  UserCodeParentsBuilder(UserCodeParents &Index, const SourceManager &SM)
      : Index(Index), SM(SM) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D || isSystemDecl(D))
      return true;
    record(D);
    Stack.push_back(DynTypedNode::create(*D));
    bool Result = RecursiveASTVisitor::TraverseDecl(D);
    Stack.pop_back();
    return Result;
  }
  // LLVM 22 passes a TraverseQualifier flag, LLVM 19 none: take and pass on
  // whatever the base class has (lib/Support/Compat.h).
  template <typename... Flags> bool TraverseTypeLoc(TypeLoc TL, Flags... F) {
    if (!TL)
      return true;
    Stack.push_back(DynTypedNode::create(TL));
    bool Result = RecursiveASTVisitor::TraverseTypeLoc(TL, F...);
    Stack.pop_back();
    return Result;
  }
  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc NNS) {
    if (!NNS)
      return true;
    Stack.push_back(DynTypedNode::create(NNS));
    bool Result = RecursiveASTVisitor::TraverseNestedNameSpecifierLoc(NNS);
    Stack.pop_back();
    return Result;
  }
  bool TraverseAttr(Attr *A) {
    if (!A)
      return true;
    Stack.push_back(DynTypedNode::create(*A));
    bool Result = RecursiveASTVisitor::TraverseAttr(A);
    Stack.pop_back();
    return Result;
  }
  bool dataTraverseStmtPre(Stmt *S) {
    record(S);
    Stack.push_back(DynTypedNode::create(*S));
    return true;
  }
  bool dataTraverseStmtPost(Stmt *) {
    Stack.pop_back();
    return true;
  }

private:
  /// Declared in a system header: the expansion location, as the checks'
  /// isExpansionInSystemHeader() filter sees it.
  bool isSystemDecl(const Decl *D) const {
    if (isa<TranslationUnitDecl>(D))
      return false;
    SourceLocation Loc = D->getLocation();
    return Loc.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(Loc));
  }

  void record(const void *Child) {
    if (!Stack.empty())
      Index.add(Child, Stack.back());
  }

  UserCodeParents &Index;
  const SourceManager &SM;
  llvm::SmallVector<DynTypedNode, 32> Stack;
};

UserCodeParents::UserCodeParents(ASTContext &Ctx) {
  UserCodeParentsBuilder(*this, Ctx.getSourceManager()).TraverseAST(Ctx);
}

void UserCodeParents::add(const void *Child, const DynTypedNode &Parent) {
  auto [It, New] = Single.try_emplace(Child, Parent);
  if (New || It->second == Parent)
    return;
  // A second parent (a node shared by several places, like a default
  // argument): keep them all, in the order of the walk.
  std::vector<DynTypedNode> &All = Multiple[Child];
  if (All.empty())
    All.push_back(It->second);
  if (!llvm::is_contained(All, Parent))
    All.push_back(Parent);
}

bool UserCodeParents::lookup(const DynTypedNode &Node,
                             DynTypedNodeList &Parents) const {
  const void *Key = Node.getMemoizationData();
  if (!Key || !Node.getNodeKind().hasPointerIdentity())
    return false;
  auto It = Single.find(Key);
  if (It == Single.end())
    return false;
  auto More = Multiple.find(Key);
  Parents = More == Multiple.end()
                ? DynTypedNodeList(It->second)
                : DynTypedNodeList(llvm::ArrayRef<DynTypedNode>(More->second));
  return true;
}

namespace {
/// The installed indexes, one per live translation unit. Entries live only
/// as long as their translation unit's facts.
struct Registry {
  std::mutex Mutex;
  llvm::DenseMap<const ASTContext *, LazyUserCodeParents *> Installed;
};
Registry &registry() {
  static Registry R;
  return R;
}
} // namespace

LazyUserCodeParents::LazyUserCodeParents(ASTContext &Ctx) : Ctx(Ctx) {
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.Mutex);
  R.Installed[&Ctx] = this;
}

LazyUserCodeParents::~LazyUserCodeParents() {
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.Mutex);
  auto It = R.Installed.find(&Ctx);
  if (It != R.Installed.end() && It->second == this)
    R.Installed.erase(It);
}

const UserCodeParents &LazyUserCodeParents::get() {
  std::call_once(Once,
                 [this] { Index = std::make_unique<UserCodeParents>(Ctx); });
  return *Index;
}

DynTypedNodeList parentsOf(const DynTypedNode &Node, ASTContext &Ctx) {
  LazyUserCodeParents *Lazy = nullptr;
  {
    Registry &R = registry();
    std::lock_guard<std::mutex> Lock(R.Mutex);
    Lazy = R.Installed.lookup(&Ctx);
  }
  DynTypedNodeList Parents = llvm::ArrayRef<DynTypedNode>();
  if (Lazy &&
      (Node.get<TranslationUnitDecl>() || Lazy->get().lookup(Node, Parents)))
    return Parents;
  // Not user code, or no index installed (unit tests): clang's map.
  return Ctx.getParents(Node);
}

static bool isInstantiation(TemplateSpecializationKind K) {
  return K == TSK_ImplicitInstantiation ||
         K == TSK_ExplicitInstantiationDeclaration ||
         K == TSK_ExplicitInstantiationDefinition;
}

static bool isInstantiatedDecl(const DynTypedNode &Node) {
  if (const auto *Record = Node.get<CXXRecordDecl>())
    return isInstantiation(Record->getTemplateSpecializationKind());
  if (const auto *F = Node.get<FunctionDecl>())
    return isInstantiation(F->getTemplateSpecializationKind());
  if (const auto *V = Node.get<VarDecl>())
    return isInstantiation(V->getTemplateSpecializationKind());
  return false;
}

bool isInTemplateInstantiation(const Stmt &S, ASTContext &Ctx) {
  // Every ancestor along every parent, as hasAncestor() looks.
  llvm::SmallVector<DynTypedNode, 8> Work{DynTypedNode::create(S)};
  llvm::SmallPtrSet<const void *, 32> Seen;
  while (!Work.empty()) {
    DynTypedNode Node = Work.pop_back_val();
    for (const DynTypedNode &Parent : parentsOf(Node, Ctx)) {
      if (isInstantiatedDecl(Parent))
        return true;
      const void *Key = Parent.getMemoizationData();
      if (!Key || Seen.insert(Key).second)
        Work.push_back(Parent);
    }
  }
  return false;
}

} // namespace resource_tidy

//===--- DerivedAcquisitions.cpp - User code that acquires for callers ----===//

#include "PerCall/DerivedAcquisitions.h"
#include "PerCall/PerCallSites.h"
#include "Support/ModelNames.h"
#include "Support/ValueFlow.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace resource_tidy {

/// One traversal of the translation unit: every acquisition (modelled, or
/// derived in an earlier round) with the function around it.
class DerivedAcquisitionFinder
    : public RecursiveASTVisitor<DerivedAcquisitionFinder> {
public:
  DerivedAcquisitionFinder(ASTContext &Ctx, const ModelSet &Models,
                           DerivedAcquisitionIndex &Index)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Models(Models), Index(Index) {}

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    // Library code creates no clients for the user.
    if (isInSystemHeader(D, SM))
      return true;
    auto *F = dyn_cast<FunctionDecl>(D);
    if (!F || !F->doesThisDeclarationHaveABody())
      return RecursiveASTVisitor::TraverseDecl(D);
    const FunctionDecl *Saved = Current;
    Current = F;
    bool Ok = RecursiveASTVisitor::TraverseDecl(D);
    Current = Saved;
    return Ok;
  }

  // Lambdas cannot be called by name: what they return is not a factory.
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Current || !Callee)
      return true;
    if (const DerivedAcquisition *D = Known.factory(Callee)) {
      consider(Call, {D->Resource, &D->Spec}, Callee->getNameAsString());
      return true;
    }
    const CalleeModels &Found = modelsOf(Callee);
    for (const CallMatch &M : Found.Acquire)
      consider(Call, M, Callee->getQualifiedNameAsString());
    for (const CallMatch &M : Found.Constructs)
      consider(Call, M, Found.Made->getQualifiedNameAsString());
    return true;
  }

  /// What the models say of a callee: what it acquires, or the modelled
  /// class it makes (std::make_unique<Client>(...)).
  struct CalleeModels {
    std::vector<CallMatch> Acquire;
    const CXXRecordDecl *Made = nullptr;
    std::vector<CallMatch> Constructs;
  };

  /// Looked up once per callee, not per call.
  const CalleeModels &modelsOf(const FunctionDecl *Callee) {
    auto [It, New] = ByCallee.try_emplace(Callee);
    if (!New)
      return It->second;
    CalleeModels &Found = It->second;
    std::string Name = modelName(Callee);
    Found.Acquire = Models.findAcquire(Name);
    if (Models.isMakeFunction(Name))
      if ((Found.Made = madeClass(Callee)))
        Found.Constructs = Models.findConstruct(modelName(Found.Made));
    return Found;
  }

  static const CXXRecordDecl *madeClass(const FunctionDecl *Make) {
    const TemplateArgumentList *Args = Make->getTemplateSpecializationArgs();
    if (!Args || Args->size() == 0 ||
        Args->get(0).getKind() != TemplateArgument::Type)
      return nullptr;
    return Args->get(0).getAsType()->getAsCXXRecordDecl();
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    const CXXConstructorDecl *Ctor = E->getConstructor();
    if (!Current || Ctor->isCopyOrMoveConstructor())
      return true;
    const CXXRecordDecl *Class = Ctor->getParent();
    if (const DerivedAcquisition *D = Known.wrapper(Class)) {
      consider(E, {D->Resource, &D->Spec}, Class->getNameAsString());
      return true;
    }
    for (const CallMatch &M : Models.findConstruct(modelName(Class)))
      consider(E, M, Class->getQualifiedNameAsString());
    return true;
  }

  /// What the last round found, for the next one to build on.
  DerivedAcquisitionIndex Known;

private:
  void consider(const Expr *Acquisition, CallMatch Match, std::string Name) {
    const ResourceModel &R = *Match.Resource;
    if (R.PerCallCost == Cost::Cheap || R.Kind == ResourceKind::ProcessInit ||
        R.Kind == ResourceKind::Child)
      return;
    CodeContext Where = findCodeContext(Acquisition, Ctx);
    if (Where.Guard != OnceGuard::None || Where.Function != Current)
      return;
    ResourceFate Fate = traceResource(Acquisition, Match, Current, Models, Ctx);
    // A helper that may also hand back something it did not just make (a
    // cached handle) is no factory.
    if (!Fate.Kept || Fate.HolderReassigned)
      return;
    DerivedAcquisition Derived;
    Derived.Resource = Match.Resource;
    Derived.Inner = Acquisition;
    Derived.InnerName = std::move(Name);
    const auto *Ctor = dyn_cast<CXXConstructorDecl>(Current);
    if (Fate.KeptByReturn && !Ctor && !Current->isMain()) {
      Derived.Spec.Call = Current->getQualifiedNameAsString();
      Index.Factories.try_emplace(Current->getCanonicalDecl(), Derived);
    } else if (Fate.KeptInMember && Ctor) {
      Derived.Spec.Construct = Ctor->getParent()->getQualifiedNameAsString();
      Index.Wrappers.try_emplace(Ctor->getParent()->getCanonicalDecl(),
                                 Derived);
    }
  }

  ASTContext &Ctx;
  SourceManager &SM;
  const ModelSet &Models;
  DerivedAcquisitionIndex &Index;
  const FunctionDecl *Current = nullptr;
  llvm::DenseMap<const FunctionDecl *, CalleeModels> ByCallee;
};

std::unique_ptr<DerivedAcquisitionIndex>
DerivedAcquisitionIndex::build(ASTContext &Ctx, const ModelSet &Models) {
  auto Index = std::make_unique<DerivedAcquisitionIndex>();
  // Round one finds helpers around modelled calls; round two, helpers
  // around those helpers.
  for (unsigned Round = 0; Round < 2; ++Round) {
    DerivedAcquisitionFinder Finder(Ctx, Models, *Index);
    Finder.Known.Factories = Index->Factories;
    Finder.Known.Wrappers = Index->Wrappers;
    size_t Before = Index->Factories.size() + Index->Wrappers.size();
    Finder.TraverseAST(Ctx);
    if (Index->Factories.size() + Index->Wrappers.size() == Before)
      break;
  }
  return Index;
}

const DerivedAcquisition *
DerivedAcquisitionIndex::factory(const FunctionDecl *F) const {
  auto It = Factories.find(F->getCanonicalDecl());
  return It == Factories.end() ? nullptr : &It->second;
}

const DerivedAcquisition *
DerivedAcquisitionIndex::wrapper(const CXXRecordDecl *Class) const {
  auto It = Wrappers.find(Class->getCanonicalDecl());
  return It == Wrappers.end() ? nullptr : &It->second;
}

} // namespace resource_tidy

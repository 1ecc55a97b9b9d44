//===--- SharedClientFix.cpp - Rewrite a per-call client to a shared one --===//

#include "Fixes/SharedClientFix.h"
#include "Hotness/HotFunctions.h"
#include "clang/AST/ExprCXX.h"
#include "Support/Parents.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace clang;

namespace resource_tidy {

std::optional<std::string> AccessorRegistry::find(llvm::StringRef Body) const {
  auto It = NameByBody.find(Body);
  if (It == NameByBody.end())
    return std::nullopt;
  return It->second;
}

std::string AccessorRegistry::uniqueName(llvm::StringRef Stem,
                                         const ASTContext &Ctx) {
  for (unsigned N = 1;; ++N) {
    std::string Name = N == 1 ? Stem.str() : (Stem + llvm::Twine(N)).str();
    // Any identifier already spelled in the translation unit is taken.
    if (!Names.contains(Name) && Ctx.Idents.find(Name) == Ctx.Idents.end())
      return Name;
  }
}

void AccessorRegistry::add(llvm::StringRef Body, llvm::StringRef Name) {
  NameByBody[Body] = Name.str();
  Names.insert(Name);
}

namespace {

/// What the rewrite replaces.
struct Shape {
  /// A local class object: `T v(args);` becomes `T &v = accessor();`.
  const VarDecl *ObjectVar = nullptr;
  /// A handle expression (factory call or new-expression), replaced by a
  /// call of the accessor.
  const Expr *HandleExpr = nullptr;
  /// The type the accessor hands out (the class, or the handle type).
  QualType Type;
  /// "(args)" for objects; the creating expression's text for handles.
  std::string CreateText;
};

std::string textOf(SourceRange R, const ASTContext &Ctx) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(R),
                              Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

bool isSharedPtr(QualType T) {
  const auto *R = T->getAsCXXRecordDecl();
  return R && R->getQualifiedNameAsString() == "std::shared_ptr";
}

std::string typeName(QualType T, const ASTContext &Ctx) {
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  // Library-internal aliases (libstdc++'s _NonArray<T> in make_shared's
  // return type) are spelled from the canonical element type instead.
  if (isSharedPtr(T))
    if (const auto *Spec =
            dyn_cast<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl()))
      return "std::shared_ptr<" +
             TypeName::getFullyQualifiedName(
                 Spec->getTemplateArgs()[0].getAsType(), Ctx, Policy) +
             ">";
  return TypeName::getFullyQualifiedName(T.getUnqualifiedType(), Ctx, Policy);
}

/// Explains why the arguments cannot move into a shared accessor, or
/// returns nothing when they are the same on every call.
class ArgumentInvariance : public RecursiveASTVisitor<ArgumentInvariance> {
public:
  explicit ArgumentInvariance(const ASTContext &Ctx) : Ctx(Ctx) {}
  std::string Problem;

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    const ValueDecl *D = E->getDecl();
    std::string Name = "'" + D->getNameAsString() + "'";
    if (isa<ParmVarDecl>(D))
      return fail("its arguments use the parameter " + Name +
                  ", which can differ between calls");
    if (const auto *V = dyn_cast<VarDecl>(D)) {
      if (V->getParentFunctionOrMethod())
        return fail("its arguments use the local variable " + Name);
      if (V->getDeclContext()->isRecord() && !E->getQualifier())
        return fail("its arguments use the class member " + Name);
      if (!V->getType().isConstQualified() && !V->isConstexpr())
        return fail("its arguments use the global " + Name +
                    ", which can change between calls");
    }
    if (isa<FieldDecl>(D))
      return fail("its arguments use the member " + Name);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (isa<CXXThisExpr>(E->getBase()->IgnoreImplicit()))
      return fail("its arguments use the member '" +
                  E->getMemberDecl()->getNameAsString() + "'");
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *) {
    return fail("its arguments use 'this'");
  }
  bool VisitLambdaExpr(LambdaExpr *) {
    return fail("its arguments contain a lambda");
  }
  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *F = E->getDirectCallee();
    if (!F)
      return fail("its arguments call through a function pointer");
    const SourceManager &SM = Ctx.getSourceManager();
    if (!F->isConstexpr() &&
        !SM.isInSystemHeader(SM.getSpellingLoc(F->getLocation())))
      return fail("its arguments call '" + F->getNameAsString() +
                  "', whose result can differ between calls");
    return true;
  }

private:
  bool fail(std::string Why) {
    Problem = std::move(Why);
    return false;
  }
  const ASTContext &Ctx;
};

/// Arguments of the creating expression, not the expression's own callee.
std::string whyArgumentsVary(const Expr *Create, const ASTContext &Ctx) {
  ArgumentInvariance Check(Ctx);
  auto CheckArgs = [&](auto Args) {
    for (const Expr *Arg : Args)
      if (!Check.TraverseStmt(const_cast<Expr *>(Arg)))
        break;
  };
  if (const auto *Call = dyn_cast<CallExpr>(Create))
    CheckArgs(Call->arguments());
  else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Create))
    CheckArgs(Construct->arguments());
  else if (const auto *New = dyn_cast<CXXNewExpr>(Create))
    if (const Expr *Init = New->getInitializer())
      Check.TraverseStmt(const_cast<Expr *>(Init));
  return Check.Problem;
}

const Expr *skipImplicitUp(const Expr *E, ASTContext &Ctx, DynTypedNode &P) {
  DynTypedNodeList Parents = parentsOf(*E, Ctx);
  while (!Parents.empty()) {
    const auto *S = Parents[0].get<Expr>();
    if (!S || !isa<ImplicitCastExpr, ParenExpr, ExprWithCleanups,
                   CXXBindTemporaryExpr, MaterializeTemporaryExpr>(S))
      break;
    E = S;
    Parents = parentsOf(*E, Ctx);
  }
  P = Parents.empty() ? DynTypedNode() : Parents[0];
  return E;
}

std::optional<Shape> findShape(const Expr *Acquisition,
                               const ResourceFate &Fate, ASTContext &Ctx,
                               std::string &WhyNot) {
  Shape S;
  DynTypedNode Parent;
  const Expr *Top = skipImplicitUp(Acquisition, Ctx, Parent);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Acquisition)) {
    if (const auto *New = Parent.get<CXXNewExpr>()) {
      S.HandleExpr = New;
      S.Type = New->getType();
      S.CreateText = textOf(New->getSourceRange(), Ctx);
      return S;
    }
    const VarDecl *Var = Parent.get<VarDecl>();
    if (!Var || Var != Fate.Holder || Var->getType()->isReferenceType()) {
      WhyNot = "the client is a temporary";
      return std::nullopt;
    }
    S.ObjectVar = Var;
    S.Type = Construct->getType();
    SourceRange Parens = Construct->getParenOrBraceRange();
    S.CreateText = Parens.isValid() ? textOf(Parens, Ctx) : "()";
    return S;
  }
  (void)Top;
  const auto *Call = dyn_cast<CallExpr>(Acquisition);
  if (!Call)
    return std::nullopt;
  QualType T = Call->getType();
  if (!T->isPointerType() && !isSharedPtr(T)) {
    WhyNot = "the factory's result cannot be copied from a shared accessor";
    return std::nullopt;
  }
  S.HandleExpr = Call;
  S.Type = T;
  S.CreateText = textOf(Call->getSourceRange(), Ctx);
  return S;
}

/// The declaration at namespace scope that contains \p F, where the
/// accessor goes in front of.
const Decl *outermostDecl(const FunctionDecl *F) {
  const Decl *D = F;
  while (!D->getLexicalDeclContext()->isFileContext()) {
    const auto *Parent = dyn_cast<Decl>(D->getLexicalDeclContext());
    if (!Parent)
      break;
    D = Parent;
  }
  if (const auto *Fn = dyn_cast<FunctionDecl>(D))
    if (const Decl *Template = Fn->getDescribedFunctionTemplate())
      D = Template;
  if (const auto *Record = dyn_cast<CXXRecordDecl>(D))
    if (const Decl *Template = Record->getDescribedClassTemplate())
      D = Template;
  return D;
}

/// True if \p Line, without indentation, is part of a comment.
bool isCommentLine(StringRef Line) {
  Line = Line.trim();
  return Line.starts_with("//") || Line.starts_with("/*") ||
         Line.starts_with("*") || Line.ends_with("*/");
}

/// The start of \p D's line, moved above the comment lines right before it
/// so that the accessor does not separate a function from its comment.
SourceLocation insertionPoint(const Decl *D, ASTContext &Ctx) {
  SourceLocation Loc = D->getBeginLoc();
  if (const RawComment *Doc = Ctx.getRawCommentForDeclNoCache(D))
    Loc = Doc->getBeginLoc();
  const SourceManager &SM = Ctx.getSourceManager();
  if (Loc.isInvalid() || Loc.isMacroID())
    return {};
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  StringRef Buffer = SM.getBufferData(File);
  // StringRef::rfind looks strictly before its second argument.
  size_t LineStart = Buffer.rfind('\n', Offset);
  LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
  while (LineStart > 0) {
    size_t PrevStart = Buffer.rfind('\n', LineStart - 1);
    PrevStart = PrevStart == StringRef::npos ? 0 : PrevStart + 1;
    if (!isCommentLine(Buffer.slice(PrevStart, LineStart - 1)))
      break;
    LineStart = PrevStart;
  }
  return SM.getLocForStartOfFile(File).getLocWithOffset(LineStart);
}

/// The range that removes a release statement, whole lines where it stands
/// alone on its line.
std::optional<CharSourceRange> removalRange(const Expr *Release,
                                            ASTContext &Ctx) {
  DynTypedNode Parent;
  const Expr *Stmt = skipImplicitUp(Release, Ctx, Parent);
  if (const auto *Cast = Parent.get<CStyleCastExpr>()) {
    Stmt = skipImplicitUp(Cast, Ctx, Parent);
  }
  if (!Parent.get<CompoundStmt>())
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  SourceLocation Begin = Stmt->getBeginLoc();
  if (Begin.isMacroID() || Stmt->getEndLoc().isMacroID())
    return std::nullopt;
  SourceLocation AfterSemi = Lexer::findLocationAfterToken(
      Stmt->getEndLoc(), tok::semi, SM, LO, /*SkipTrailingWhitespace=*/false);
  if (AfterSemi.isInvalid())
    return std::nullopt;
  StringRef Buffer = SM.getBufferData(SM.getFileID(Begin));
  unsigned BeginOffset = SM.getFileOffset(Begin);
  unsigned EndOffset = SM.getFileOffset(AfterSemi);
  unsigned LineStart = BeginOffset;
  while (LineStart > 0 &&
         (Buffer[LineStart - 1] == ' ' || Buffer[LineStart - 1] == '\t'))
    --LineStart;
  unsigned LineEnd = EndOffset;
  while (LineEnd < Buffer.size() &&
         (Buffer[LineEnd] == ' ' || Buffer[LineEnd] == '\t'))
    ++LineEnd;
  bool AloneOnLine = (LineStart == 0 || Buffer[LineStart - 1] == '\n') &&
                     (LineEnd == Buffer.size() || Buffer[LineEnd] == '\n');
  // Remove the line from the newline before it, so the removal ends at a
  // newline: clang merges a removal that ends before a space with that
  // space, which would eat the next line's indentation.
  if (AloneOnLine && LineStart > 0) {
    BeginOffset = LineStart - 1;
    EndOffset = LineEnd;
  }
  SourceLocation FileStart = SM.getLocForStartOfFile(SM.getFileID(Begin));
  return CharSourceRange::getCharRange(FileStart.getLocWithOffset(BeginOffset),
                                       FileStart.getLocWithOffset(EndOffset));
}

/// "rd_kafka_t" -> "RdKafka", "sw::redis::Redis" -> "Redis".
/// "rd_kafka_t" -> "RdKafka", "sw::redis::Redis" -> "Redis",
/// "ZeroMQ context" -> "ZeroMQContext".
std::string nameStem(StringRef DisplayName) {
  StringRef Last = DisplayName.rsplit("::").second;
  if (Last.empty())
    Last = DisplayName;
  Last = Last.take_until([](char C) { return C == '<'; });
  std::vector<std::string> Words(1);
  for (char C : Last) {
    if (llvm::isAlnum(C))
      Words.back() += C;
    else if (!Words.back().empty())
      Words.emplace_back();
  }
  if (Words.back().empty())
    Words.pop_back();
  if (Words.size() > 1 && (Words.back() == "t" || Words.back() == "st"))
    Words.pop_back();
  std::string Stem;
  for (const std::string &Word : Words)
    if (!Word.empty() && (llvm::isAlpha(Word[0]) || !Stem.empty()))
      Stem += llvm::toUpper(Word[0]) + Word.substr(1);
  return Stem.empty() ? "Client" : Stem;
}

/// The deleter for a per-thread handle: the release function the code
/// already calls, or the model's first one-argument release.
const FunctionDecl *findDeleter(const ResourceFate &Fate,
                                const ResourceModel &Model, ASTContext &Ctx) {
  for (const Expr *Release : Fate.Releases)
    if (const auto *Call = dyn_cast<CallExpr>(Release))
      if (const FunctionDecl *F = Call->getDirectCallee();
          F && !isa<CXXMethodDecl>(F) && F->getNumParams() == 1)
        return F;
  for (const CallSpec &Spec : Model.Release) {
    if (Spec.Call.empty() || StringRef(Spec.Call).contains(':') ||
        !(Spec.Value == ValueRef::arg(0)))
      continue;
    for (const NamedDecl *D :
         Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(Spec.Call)))
      if (const auto *F = dyn_cast<FunctionDecl>(D);
          F && F->getNumParams() == 1)
        return F;
  }
  return nullptr;
}

/// \p Text as "// " comment lines of at most 80 columns.
std::string commentLines(StringRef Text) {
  std::string Result, Line;
  llvm::SmallVector<StringRef, 32> Words;
  Text.split(Words, ' ', -1, /*KeepEmpty=*/false);
  for (StringRef Word : Words) {
    if (!Line.empty() && Line.size() + 1 + Word.size() > 77) {
      Result += "// " + Line + "\n";
      Line.clear();
    }
    Line += (Line.empty() ? "" : " ") + Word.str();
  }
  if (!Line.empty())
    Result += "// " + Line + "\n";
  return Result;
}

/// "T *" stays as it is; "T" becomes "T " so that a name can follow.
std::string withSpace(StringRef Type) {
  return Type.ends_with("*") || Type.ends_with("&") ? Type.str()
                                                    : Type.str() + " ";
}

/// The accessor's text with "$NAME" where its name goes.
std::string accessorBody(const Shape &S, StringRef DisplayName, Sharing Kind,
                         SharedStyle Style, const FunctionDecl *Deleter,
                         ASTContext &Ctx, StringRef Linkage,
                         const ResourceModel &Model) {
  std::string T = typeName(S.Type, Ctx);
  if (Kind == Sharing::PerThread) {
    // "T Instance();" would declare a function: no parentheses then.
    if (S.ObjectVar)
      return llvm::formatv("// One '{0}' per thread, reused by every call on "
                           "that thread.\n{1} {0} &$NAME() {{\n"
                           "  thread_local {0} Instance{2};\n"
                           "  return Instance;\n}\n",
                           T, Linkage,
                           S.CreateText == "()" ? "" : S.CreateText);
    std::string Pointee = typeName(S.Type->getPointeeType(), Ctx);
    std::string DeleterName = Deleter->getQualifiedNameAsString();
    return llvm::formatv(
        "// One '{0}' per thread, reused by every call on that thread and\n"
        "// released when the thread ends.\n"
        "{1} {2}$NAME() {{\n"
        "  thread_local std::unique_ptr<{0}, decltype(&{3})> Instance(\n"
        "      {4}, &{3});\n"
        "  return Instance.get();\n}\n",
        Pointee, Linkage, withSpace(T), DeleterName, S.CreateText);
  }
  std::string Why = commentLines(
      llvm::formatv("One '{0}' for the whole process: it is thread-safe{1}, "
                    "so every call shares it and none closes it.",
                    DisplayName,
                    Model.Reconnects ? " and reconnects by itself" : "")
          .str());
  bool Pointer = S.Type->isPointerType();
  std::string Returns =
      withSpace(Pointer ? T : (S.ObjectVar ? T + " &" : "const " + T + " &"));
  std::string Make = S.ObjectVar ? "new " + T + S.CreateText
                     : Pointer   ? S.CreateText
                                 : "new " + T + "(" + S.CreateText + ")";
  std::string Result = Pointer ? "Instance" : "*Instance";
  std::string Slot = withSpace(Pointer ? T : T + " *");
  if (Style == SharedStyle::FunctionLocalStatic) {
    std::string Init = "  static " + Slot + "Instance = " + Make + ";";
    if (Init.size() > 80)
      Init = "  static " + Slot + "Instance =\n      " + Make + ";";
    return llvm::formatv("{0}{1} {2}$NAME() {{\n{3}\n  return {4};\n}\n", Why,
                         Linkage, Returns, Init, Result);
  }
  return llvm::formatv("{0}{1} {2}$NAME() {{\n"
                       "  static std::once_flag Once;\n"
                       "  static {3}Instance = nullptr;\n"
                       "  std::call_once(Once, [] {{\n"
                       "    Instance = {4};\n"
                       "  });\n"
                       "  return {5};\n}\n",
                       Why, Linkage, Returns, Slot, Make, Result);
}

bool isMacroOrInvalid(SourceRange R) {
  return R.isInvalid() || R.getBegin().isMacroID() || R.getEnd().isMacroID();
}

} // namespace

Sharing sharingFor(const ResourceModel &Model) {
  bool ConnectsToNothing =
      Model.Kind == ResourceKind::Factory || Model.Kind == ResourceKind::Pool;
  return Model.ThreadSafe && (Model.Reconnects || ConnectsToNothing)
             ? Sharing::Process
             : Sharing::PerThread;
}

SharedClientFix
buildSharedClientFix(const Expr *Acquisition, const CallMatch &Match,
                     StringRef DisplayName, const CodeContext &Where,
                     const ResourceFate &Fate,
                     const SharedClientFixOptions &Options,
                     AccessorRegistry &Registry, ASTContext &Ctx) {
  SharedClientFix Fix;
  const ResourceModel &Model = *Match.Resource;
  Fix.Kind = sharingFor(Model);
  if (!Ctx.getLangOpts().CPlusPlus11 || !Where.Function)
    return Fix;
  auto Fail = [&](std::string Why) {
    Fix.WhyNot = std::move(Why);
    Fix.Edits.clear();
    return Fix;
  };
  if (Model.Kind == ResourceKind::ProcessInit)
    return Fail("call it once at program start, for example in 'main'");
  if (isMacroOrInvalid(Acquisition->getSourceRange()))
    return Fail("it is written inside a macro");
  if (Match.Spec->Value.K == ValueRef::Kind::ArgPointee)
    return Fail("it is returned through an out-parameter");
  std::string WhyNot;
  std::optional<Shape> S = findShape(Acquisition, Fate, Ctx, WhyNot);
  if (!S)
    return Fail(WhyNot.empty() ? "its result is not held in one place"
                               : WhyNot);
  if (std::string Vary =
          whyArgumentsVary(S->HandleExpr ? S->HandleExpr : Acquisition, Ctx);
      !Vary.empty())
    return Fail(Vary);
  if (Fate.HolderReassigned)
    return Fail("'" + Fate.Holder->getNameAsString() +
                "' is assigned again later");
  // Another owner would release the shared handle (a unique_ptr with a
  // deleter, an owning struct); copies of a shared_ptr only share it.
  if (!isSharedPtr(S->Type) && !S->ObjectVar) {
    std::vector<const VarDecl *> Holders = Fate.Aliases;
    if (Fate.Holder)
      Holders.insert(Holders.begin(), Fate.Holder);
    for (const VarDecl *Holder : Holders)
      if (Holder->getType().getCanonicalType().getUnqualifiedType() !=
          S->Type.getCanonicalType().getUnqualifiedType())
        return Fail("'" + Holder->getNameAsString() +
                    "' takes ownership of it");
  }

  const FunctionDecl *Deleter = nullptr;
  if (Fix.Kind == Sharing::PerThread && !S->ObjectVar) {
    if (!S->Type->isPointerType())
      return Fail("no per-thread rewrite is known for this type");
    Deleter = findDeleter(Fate, Model, Ctx);
    if (!Deleter)
      return Fail("no release function is known to free it per thread");
  }

  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation InsertAt = insertionPoint(outermostDecl(Where.Function), Ctx);
  if (InsertAt.isInvalid() ||
      SM.getFileID(InsertAt) != SM.getFileID(Acquisition->getBeginLoc()))
    return Fail("its function is not written in one file");
  bool InMainFile = SM.isInMainFile(InsertAt);

  for (const Expr *Release : Fate.Releases) {
    std::optional<CharSourceRange> Range = removalRange(Release, Ctx);
    if (!Range)
      return Fail(
          "its release on line " +
          std::to_string(SM.getPresumedLineNumber(Release->getBeginLoc())) +
          " is not a statement of its own");
    Fix.Edits.push_back(FixItHint::CreateRemoval(*Range));
  }

  std::string Body =
      accessorBody(*S, DisplayName, Fix.Kind, Options.Style, Deleter, Ctx,
                   InMainFile ? "static" : "inline", Model);
  std::optional<std::string> Known = Registry.find(Body);
  std::string Name =
      Known ? *Known
            : Registry.uniqueName(
                  (Fix.Kind == Sharing::Process ? "shared" : "threadLocal") +
                      nameStem(DisplayName),
                  Ctx);
  if (!Known) {
    Registry.add(Body, Name);
    std::string Text = Body;
    size_t At = Text.find("$NAME");
    Text.replace(At, 5, Name);
    Fix.Edits.push_back(FixItHint::CreateInsertion(InsertAt, Text + "\n"));
  }
  if (S->ObjectVar) {
    SourceRange Decl(S->ObjectVar->getBeginLoc(), S->ObjectVar->getEndLoc());
    std::string Prefix = textOf(
        SourceRange(S->ObjectVar->getBeginLoc(), S->ObjectVar->getLocation()),
        Ctx);
    // Prefix ends with the variable's name; put the '&' in front of it.
    Prefix.resize(Prefix.size() - S->ObjectVar->getName().size());
    Fix.Edits.push_back(FixItHint::CreateReplacement(
        Decl,
        Prefix + "&" + S->ObjectVar->getNameAsString() + " = " + Name + "()"));
  } else {
    Fix.Edits.push_back(FixItHint::CreateReplacement(
        S->HandleExpr->getSourceRange(), Name + "()"));
  }
  Fix.Headers.push_back(
      Fix.Kind == Sharing::Process
          ? (Options.Style == SharedStyle::CallOnce ? "mutex" : "")
          : (S->ObjectVar ? "" : "memory"));
  llvm::erase(Fix.Headers, std::string());
  return Fix;
}

} // namespace resource_tidy

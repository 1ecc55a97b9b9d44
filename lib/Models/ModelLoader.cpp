//===--- ModelLoader.cpp - Reading resource model files -------------------===//

#include "Models/ModelLoader.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"

using namespace resource_tidy;

namespace {
/// A handler entry as written: exactly one of the three names is set.
struct HandlerEntry {
  std::string Registration;
  std::string Overrides;
  std::string Parameter;
  std::string Description;
  bool Sequential = false;
};

/// Marks a value that the file did not give, so that the loader can fill in
/// the default of the list it sits in.
constexpr unsigned UnsetIndex = ~0u;
const ValueRef UnsetValue{ValueRef::Kind::Return, UnsetIndex};

/// The file as written, before defaults are filled in.
struct ModelFileYaml {
  ModelFile File;
  std::vector<HandlerEntry> Handlers;
};
} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(CallSpec)
LLVM_YAML_IS_SEQUENCE_VECTOR(ResourceModel)
LLVM_YAML_IS_SEQUENCE_VECTOR(HandlerEntry)

/// The problem with the first of \p Names that is an invalid "regex:"
/// pattern, or "".
static std::string firstPatternProblem(llvm::ArrayRef<std::string> Names) {
  for (const std::string &Name : Names)
    if (std::string Problem = namePatternProblem(Name); !Problem.empty())
      return Problem;
  return "";
}

namespace {
/// The names of an enumeration in model files, and the error for any other
/// value (YAML I/O's own says only "unknown enumerated scalar").
template <typename T> struct EnumNames;

template <> struct EnumNames<Cost> {
  static constexpr Cost All[] = {Cost::Cheap, Cost::Moderate, Cost::Expensive};
  static llvm::StringRef name(Cost C) { return costName(C); }
  static constexpr const char *Expected =
      "expected 'cheap', 'moderate' or 'expensive'";
};

template <> struct EnumNames<ResourceKind> {
  static constexpr ResourceKind All[] = {
      ResourceKind::Client,  ResourceKind::Connection,  ResourceKind::Pool,
      ResourceKind::Factory, ResourceKind::ProcessInit, ResourceKind::Child};
  static llvm::StringRef name(ResourceKind K) { return kindName(K); }
  static constexpr const char *Expected =
      "expected 'client', 'connection', 'pool', 'factory', 'process-init' "
      "or 'child'";
};

template <> struct EnumNames<FailureMode> {
  static constexpr FailureMode All[] = {
      FailureMode::Null, FailureMode::Handle, FailureMode::Throws,
      FailureMode::Status, FailureMode::Never};
  static llvm::StringRef name(FailureMode M) {
    switch (M) {
    case FailureMode::Null:
      return "null";
    case FailureMode::Handle:
      return "handle";
    case FailureMode::Throws:
      return "throws";
    case FailureMode::Status:
      return "status";
    case FailureMode::Never:
      return "never";
    }
    return "";
  }
  static constexpr const char *Expected =
      "expected 'null', 'handle', 'throws', 'status' or 'never'";
};

template <typename T> struct EnumScalarTraits {
  static void output(const T &V, void *, llvm::raw_ostream &OS) {
    OS << EnumNames<T>::name(V);
  }
  static llvm::StringRef input(llvm::StringRef Text, void *, T &V) {
    for (T Value : EnumNames<T>::All)
      if (Text == EnumNames<T>::name(Value)) {
        V = Value;
        return {};
      }
    return EnumNames<T>::Expected;
  }
  static llvm::yaml::QuotingType mustQuote(llvm::StringRef) {
    return llvm::yaml::QuotingType::None;
  }
};
} // namespace

namespace llvm::yaml {

template <> struct ScalarTraits<ValueRef> {
  static void output(const ValueRef &V, void *, raw_ostream &OS) {
    OS << V.str();
  }
  static StringRef input(StringRef Text, void *, ValueRef &V) {
    std::optional<ValueRef> Parsed = ValueRef::parse(Text);
    if (!Parsed)
      return "expected 'return', 'this', 'argN' or '*argN'";
    V = *Parsed;
    return {};
  }
  static QuotingType mustQuote(StringRef) { return QuotingType::None; }
};

template <> struct ScalarTraits<Cost> : EnumScalarTraits<Cost> {};
template <>
struct ScalarTraits<ResourceKind> : EnumScalarTraits<ResourceKind> {};
template <> struct ScalarTraits<FailureMode> : EnumScalarTraits<FailureMode> {};

template <> struct MappingTraits<CallSpec> {
  static void mapping(IO &IO, CallSpec &S) {
    IO.mapOptional("call", S.Call);
    IO.mapOptional("construct", S.Construct);
    IO.mapOptional("value", S.Value, UnsetValue);
    IO.mapOptional("pool", S.Pool);
    IO.mapOptional("raii", S.Raii, false);
    IO.mapOptional("only_on_success", S.OnlyOnSuccess, false);
    IO.mapOptional("status", S.Status);
    IO.mapOptional("in_place", S.InPlace);
  }
  static std::string validate(IO &, CallSpec &S) {
    if (S.Call.empty() == S.Construct.empty())
      return "give exactly one of 'call' and 'construct'";
    if (std::string Error = namePatternProblem(S.name()); !Error.empty())
      return Error;
    if (S.Call.empty() && S.Value.Index != UnsetIndex)
      return "a 'construct' entry takes no 'value'";
    if (S.Status && S.Status->K != ValueRef::Kind::ArgPointee)
      return "'status' must be an out-parameter ('*argN')";
    if (S.InPlace && (S.Call.empty() || S.InPlace->K != ValueRef::Kind::Arg))
      return "'in_place' names an argument ('argN') of a 'call' entry";
    return "";
  }
};

template <> struct MappingTraits<LeaseModel> {
  static void mapping(IO &IO, LeaseModel &L) {
    IO.mapOptional("of", L.Of);
    IO.mapRequired("take", L.Take);
    IO.mapRequired("give", L.Give);
  }
  static std::string validate(IO &, LeaseModel &L) {
    if (L.Take.empty())
      return "a lease needs at least one 'take' call";
    return "";
  }
};

template <> struct MappingTraits<ResourceModel> {
  static void mapping(IO &IO, ResourceModel &R) {
    IO.mapRequired("id", R.Id);
    IO.mapOptional("type", R.TypeName);
    IO.mapRequired("kind", R.Kind);
    IO.mapOptional("cost", R.PerCallCost, Cost::Moderate);
    IO.mapOptional("cost_reason", R.CostReason);
    IO.mapOptional("thread_safe", R.ThreadSafe, false);
    IO.mapOptional("reconnects", R.Reconnects, false);
    IO.mapOptional("raii", R.Raii, false);
    IO.mapOptional("released_by_delete", R.ReleasedByDelete, false);
    IO.mapOptional("on_failure", R.OnFailure, FailureMode::Null);
    IO.mapOptional("release_accepts_null", R.ReleaseAcceptsNull, false);
    IO.mapRequired("acquire", R.Acquire);
    IO.mapOptional("release", R.Release);
    IO.mapOptional("transfers", R.Transfers);
    IO.mapOptional("connect", R.Connect);
    IO.mapOptional("freed_after_callbacks", R.FreedAfterCallbacks);
    IO.mapOptional("in_use_during_callbacks", R.InUseDuringCallbacks);
    IO.mapOptional("lease", R.Lease);
    IO.mapOptional("refs", R.Refs);
  }
  static std::string validate(IO &, ResourceModel &R) {
    if (R.Id.empty())
      return "'id' must not be empty";
    if (R.Acquire.empty())
      return "resource '" + R.Id + "' needs at least one 'acquire' entry";
    if (R.Kind != ResourceKind::ProcessInit && R.TypeName.empty())
      return "resource '" + R.Id + "' needs a 'type'";
    if (R.Kind != ResourceKind::Pool && R.Lease)
      return "resource '" + R.Id + "' has a 'lease' but is not a pool";
    if (std::string Error = namePatternProblem(R.TypeName); !Error.empty())
      return Error;
    if (std::string Error = firstPatternProblem(R.FreedAfterCallbacks);
        !Error.empty())
      return Error;
    return firstPatternProblem(R.InUseDuringCallbacks);
  }
};

template <> struct MappingTraits<HandlerEntry> {
  static void mapping(IO &IO, HandlerEntry &H) {
    IO.mapOptional("registration", H.Registration);
    IO.mapOptional("overrides", H.Overrides);
    IO.mapOptional("parameter", H.Parameter);
    IO.mapRequired("description", H.Description);
    IO.mapOptional("sequential", H.Sequential, false);
  }
  static std::string validate(IO &, HandlerEntry &H) {
    int Given =
        !H.Registration.empty() + !H.Overrides.empty() + !H.Parameter.empty();
    if (Given != 1)
      return "give exactly one of 'registration', 'overrides' and "
             "'parameter'";
    return firstPatternProblem({H.Registration, H.Overrides, H.Parameter});
  }
};

template <> struct MappingTraits<ModelFileYaml> {
  static void mapping(IO &IO, ModelFileYaml &F) {
    IO.mapRequired("version", F.File.Version);
    IO.mapRequired("library", F.File.Library);
    IO.mapOptional("headers", F.File.Headers);
    IO.mapOptional("resources", F.File.Resources);
    IO.mapOptional("handlers", F.Handlers);
    IO.mapOptional("make_functions", F.File.MakeFunctions);
  }
  static std::string validate(IO &, ModelFileYaml &F) {
    if (F.File.Version != 1)
      return "unsupported model file version " +
             std::to_string(F.File.Version) + "; this build reads version 1";
    llvm::StringSet<> Ids;
    for (const ResourceModel &R : F.File.Resources)
      if (!Ids.insert(R.Id).second)
        return "resource id '" + R.Id + "' is defined twice";
    for (const ResourceModel &R : F.File.Resources)
      if (R.Lease && !R.Lease->Of.empty() && !Ids.contains(R.Lease->Of))
        return "the lease of '" + R.Id + "' names unknown resource '" +
               R.Lease->Of + "'";
    return firstPatternProblem(F.File.MakeFunctions);
  }
};

} // namespace llvm::yaml

static void fillDefaults(std::vector<CallSpec> &Specs, ValueRef Default) {
  for (CallSpec &S : Specs)
    if (S.Value.Index == UnsetIndex)
      S.Value = Default;
}

static void fillDefaults(ResourceModel &R) {
  fillDefaults(R.Acquire, ValueRef::returned());
  fillDefaults(R.Release, ValueRef::arg(0));
  fillDefaults(R.Transfers, ValueRef::arg(0));
  fillDefaults(R.Connect, ValueRef::arg(0));
  if (R.Lease) {
    fillDefaults(R.Lease->Take, ValueRef::returned());
    fillDefaults(R.Lease->Give, ValueRef::arg(1));
  }
}

static HandlerModel toHandler(HandlerEntry &&E) {
  HandlerModel H;
  if (!E.Registration.empty()) {
    H.K = HandlerModel::Kind::Registration;
    H.Name = std::move(E.Registration);
  } else if (!E.Overrides.empty()) {
    H.K = HandlerModel::Kind::Override;
    H.Name = std::move(E.Overrides);
  } else {
    H.K = HandlerModel::Kind::Parameter;
    H.Name = std::move(E.Parameter);
  }
  H.Description = std::move(E.Description);
  H.Sequential = E.Sequential;
  return H;
}

namespace {
/// Collects YAML diagnostics as "file:line:col: message" lines.
/// Keeps the first problem only: YAML I/O goes on after an error and the
/// messages that follow are consequences of the first.
struct DiagnosticCollector {
  std::string FileName;
  std::string Text;
  static void handle(const llvm::SMDiagnostic &D, void *Context) {
    auto &Self = *static_cast<DiagnosticCollector *>(Context);
    if (!Self.Text.empty())
      return;
    // Some stream errors (a broken '%YAML' directive) carry no location.
    if (D.getLoc().isValid())
      Self.Text += (D.getFilename() + ":" + llvm::Twine(D.getLineNo()) + ":" +
                    llvm::Twine(D.getColumnNo() + 1) + ": " + D.getMessage())
                       .str();
    else
      Self.Text += (Self.FileName + ": " + D.getMessage()).str();
  }
};
} // namespace

/// How deep a model file may nest; the format itself needs 7 levels. YAML
/// I/O and LLVM's Node::skip() recurse once per level, so a file of a
/// hundred thousand '[' would otherwise overflow the stack.
constexpr size_t MaxNesting = 64;

namespace {
/// A collection being walked and where the walk is in it.
struct WalkFrame {
  llvm::yaml::Node *Collection;
  llvm::yaml::SequenceNode::iterator Item;
  llvm::yaml::MappingNode::iterator Entry;
  /// For the current child: 0 not walked yet, then 1 (its key walked) and
  /// 2 (its value walked) for mappings, 1 (walked) for sequences.
  int Stage = 0;
};
} // namespace

/// Reports \p N if it is an alias or nests too deep, then (for a collection)
/// pushes a walk of its children onto \p Stack.
static bool enterNode(llvm::yaml::Node *N, std::vector<WalkFrame> &Stack,
                      llvm::SourceMgr &SM) {
  if (!N)
    return true;
  if (auto *Alias = llvm::dyn_cast<llvm::yaml::AliasNode>(N)) {
    // An alias node's range is that of the token after it; its name points
    // into the text, just after the '*'.
    SM.PrintMessage(llvm::SMLoc::getFromPointer(Alias->getName().data() - 1),
                    llvm::SourceMgr::DK_Error,
                    "model files cannot use YAML aliases; quote a value that "
                    "starts with '*', as in \"*arg1\"");
    return false;
  }
  WalkFrame Frame{N, {}, {}};
  if (auto *Seq = llvm::dyn_cast<llvm::yaml::SequenceNode>(N))
    Frame.Item = Seq->begin();
  else if (auto *Map = llvm::dyn_cast<llvm::yaml::MappingNode>(N))
    Frame.Entry = Map->begin();
  else
    return true;
  if (Stack.size() == MaxNesting) {
    SM.PrintMessage(N->getSourceRange().Start, llvm::SourceMgr::DK_Error,
                    "a model file nests at most " + llvm::Twine(MaxNesting) +
                        " levels deep");
    return false;
  }
  Stack.push_back(Frame);
  return true;
}

/// Parses every node below \p Root, depth first without recursion: a child
/// collection is walked to its end before its parent moves on, so LLVM's
/// recursive skip() has nothing left to do.
static bool walkDocument(llvm::yaml::Node *Root, llvm::SourceMgr &SM) {
  std::vector<WalkFrame> Stack;
  if (!enterNode(Root, Stack, SM))
    return false;
  while (!Stack.empty()) {
    WalkFrame &Top = Stack.back();
    llvm::yaml::Node *Child = nullptr;
    if (auto *Seq = llvm::dyn_cast<llvm::yaml::SequenceNode>(Top.Collection)) {
      if (Top.Item == Seq->end()) {
        Stack.pop_back();
        continue;
      }
      if (Top.Stage == 1) {
        ++Top.Item;
        Top.Stage = 0;
        continue;
      }
      Child = &*Top.Item;
    } else {
      auto *Map = llvm::cast<llvm::yaml::MappingNode>(Top.Collection);
      if (Top.Entry == Map->end()) {
        Stack.pop_back();
        continue;
      }
      if (Top.Stage == 2) {
        ++Top.Entry;
        Top.Stage = 0;
        continue;
      }
      Child = Top.Stage == 0 ? Top.Entry->getKey() : Top.Entry->getValue();
    }
    ++Top.Stage;
    if (!enterNode(Child, Stack, SM))
      return false;
  }
  return true;
}

/// Checks that \p Text is one YAML document whose root is a mapping, with no
/// aliases and no deep nesting; YAML I/O does not cope with anything else.
/// Problems go to \p Diags.
static bool isSingleMappingDocument(llvm::StringRef Text, llvm::StringRef Name,
                                    DiagnosticCollector &Diags) {
  llvm::SourceMgr SM;
  SM.setDiagHandler(&DiagnosticCollector::handle, &Diags);
  SM.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBuffer(Text, Name, false),
                        llvm::SMLoc());
  if (size_t Nul = Text.find('\0'); Nul != llvm::StringRef::npos) {
    SM.PrintMessage(llvm::SMLoc::getFromPointer(Text.data() + Nul),
                    llvm::SourceMgr::DK_Error,
                    "a model file is text; this one holds a NUL byte");
    return false;
  }
  llvm::yaml::Stream Stream(Text, SM);
  auto Doc = Stream.begin();
  if (Doc == Stream.end() || Stream.failed())
    return false;
  llvm::yaml::Node *Root = Doc->getRoot();
  if (Stream.failed() || !Root)
    return false;
  if (!llvm::isa<llvm::yaml::MappingNode>(Root)) {
    if (!llvm::isa<llvm::yaml::NullNode>(Root))
      SM.PrintMessage(Root->getSourceRange().Start, llvm::SourceMgr::DK_Error,
                      "a model file must be a mapping with the keys "
                      "'version', 'library' and 'resources' or 'handlers'");
    return false;
  }
  // Walk the whole document so that syntax errors later on surface here.
  if (!walkDocument(Root, SM) || Stream.failed())
    return false;
  if (++Doc != Stream.end() && !Stream.failed()) {
    // A second document that does not parse has no root.
    llvm::yaml::Node *Second = Doc->getRoot();
    if (Stream.failed())
      return false;
    SM.PrintMessage(Second ? Second->getSourceRange().Start
                           : llvm::SMLoc::getFromPointer(Text.end()),
                    llvm::SourceMgr::DK_Error,
                    "a model file holds exactly one YAML document");
    return false;
  }
  return !Stream.failed();
}

llvm::Expected<ModelFile> resource_tidy::parseModelFile(llvm::StringRef Text,
                                                        llvm::StringRef Name) {
  DiagnosticCollector Diags;
  Diags.FileName = Name.str();
  if (!isSingleMappingDocument(Text, Name, Diags)) {
    if (Diags.Text.empty())
      Diags.Text = (Name + ": the model file is empty").str();
    return llvm::createStringError(Diags.Text);
  }
  llvm::yaml::Input In(llvm::MemoryBufferRef(Text, Name), nullptr,
                       &DiagnosticCollector::handle, &Diags);
  ModelFileYaml Parsed;
  In >> Parsed;
  if (In.error() || !Diags.Text.empty()) {
    if (Diags.Text.empty())
      Diags.Text = (Name + ": not a valid model file").str();
    return llvm::createStringError(Diags.Text);
  }
  ModelFile File = std::move(Parsed.File);
  if (File.Library.empty())
    return llvm::createStringError(std::errc::invalid_argument,
                                   "%s: 'library' must not be empty",
                                   Name.str().c_str());
  for (ResourceModel &R : File.Resources)
    fillDefaults(R);
  for (HandlerEntry &E : Parsed.Handlers)
    File.Handlers.push_back(toHandler(std::move(E)));
  return File;
}

static bool isDisabled(llvm::StringRef Library,
                       llvm::ArrayRef<std::string> Disabled) {
  return llvm::any_of(
      Disabled, [&](const std::string &D) { return D == "*" || D == Library; });
}

std::shared_ptr<const ModelSet>
resource_tidy::loadModels(const ModelOptions &Options,
                          std::vector<std::string> &Errors) {
  auto Models = std::make_shared<ModelSet>();
  std::vector<std::string> KnownLibraries;
  for (const BuiltinModelText &Builtin : builtinModelTexts()) {
    llvm::Expected<ModelFile> File =
        parseModelFile(Builtin.Text, Builtin.FileName);
    if (!File) {
      Errors.push_back(llvm::toString(File.takeError()));
      continue;
    }
    KnownLibraries.push_back(File->Library);
    if (!isDisabled(File->Library, Options.DisabledBuiltins))
      Models->add(std::move(*File));
  }
  for (const std::string &Disabled : Options.DisabledBuiltins)
    if (Disabled != "*" && !llvm::is_contained(KnownLibraries, Disabled))
      Errors.push_back("'" + Disabled +
                       "' in DisabledBuiltinModels is not a built-in model "
                       "library; the built-in libraries are: " +
                       llvm::join(KnownLibraries, ", "));
  for (const std::string &Path : Options.ExtraFiles) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buffer) {
      Errors.push_back(
          Path + ": cannot read model file: " + Buffer.getError().message());
      continue;
    }
    llvm::Expected<ModelFile> File =
        parseModelFile((*Buffer)->getBuffer(), Path);
    if (!File) {
      Errors.push_back(llvm::toString(File.takeError()));
      continue;
    }
    Models->add(std::move(*File));
  }
  return Models;
}

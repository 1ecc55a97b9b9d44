//===--- ResourceSarif.cpp - clang-tidy fixes YAML to SARIF 2.1.0 ---------===//
//
// Converts the YAML that clang-tidy writes with --export-fixes (one file per
// run, one per translation unit, or one merged by run-clang-tidy) into one
// SARIF 2.1.0 log, the format code scanning services such as GitHub's read.
// Several inputs (the shards of a parallel run) merge into one log; a finding
// reported by several translation units (in a shared header) appears once.
//
//===----------------------------------------------------------------------===//

#include "Support/Compat.h"
#include "clang/Basic/Sarif.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <optional>
#include <tuple>

LLVM_YAML_IS_DOCUMENT_LIST_VECTOR(clang::tooling::TranslationUnitDiagnostics)

using namespace llvm;
using clang::tooling::Diagnostic;
using clang::tooling::DiagnosticMessage;
using clang::tooling::Replacement;
using clang::tooling::TranslationUnitDiagnostics;

static cl::OptionCategory Category("resource-sarif options");

static cl::list<std::string>
    Inputs(cl::Positional, cl::OneOrMore, cl::cat(Category),
           cl::desc("<fixes.yaml or directory of *.yaml>..."));

static cl::opt<std::string>
    OutputPath("o", cl::init("-"), cl::value_desc("file"), cl::cat(Category),
               cl::desc("Where to write the SARIF log (default: stdout)"));

static cl::opt<std::string> BaseDir(
    "base-dir", cl::value_desc("dir"), cl::cat(Category),
    cl::desc("Files under this directory get URIs relative to it, with the "
             "uriBaseId SRCROOT (default: the current directory)"));
static cl::alias BaseDirAlias("srcroot", cl::aliasopt(BaseDir),
                              cl::desc("Alias for --base-dir"));

static cl::opt<std::string>
    DocsUrl("docs-url", cl::value_desc("url"), cl::cat(Category),
            cl::desc("Base URL of the check pages: resource-<name> links to "
                     "<url>/<name>.md (default: the installed docs/checks)"));

namespace {

/// A 1-based line and column; columns count Unicode code points, as the log's
/// 'columnKind' says.
struct TextPosition {
  unsigned Line;
  unsigned Column;
};

/// Reads the source files the diagnostics point into, once each, to turn the
/// byte offsets of clang-tidy's YAML into lines and columns.
class SourceFiles {
public:
  std::optional<TextPosition> position(StringRef Path, unsigned Offset) {
    const File *F = load(Path);
    if (!F)
      return std::nullopt;
    StringRef Text = F->Buffer->getBuffer();
    if (Offset > Text.size()) {
      warnOnce(Path, "offset " + Twine(Offset) + " is past the end of '" +
                         Path + "' (" + Twine(Text.size()) +
                         " bytes); was it changed after the run?");
      return std::nullopt;
    }
    auto Next = llvm::upper_bound(F->LineStarts, Offset);
    unsigned Line = Next - F->LineStarts.begin();
    unsigned LineStart = *std::prev(Next);
    return TextPosition{Line,
                        1 + countCodePoints(Text.slice(LineStart, Offset))};
  }

private:
  struct File {
    std::unique_ptr<MemoryBuffer> Buffer;
    std::vector<unsigned> LineStarts;
  };

  static unsigned countCodePoints(StringRef Bytes) {
    // Every code point has exactly one byte that is not a UTF-8 continuation
    // byte (10xxxxxx); invalid UTF-8 counts byte by byte.
    return llvm::count_if(Bytes,
                          [](char C) { return (uint8_t(C) & 0xC0) != 0x80; });
  }

  const File *load(StringRef Path) {
    auto [It, Inserted] = Files.try_emplace(Path);
    if (!Inserted)
      return It->second.Buffer ? &It->second : nullptr;
    auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                        /*RequiresNullTerminator=*/false);
    if (!Buffer) {
      warnOnce(Path, "cannot read '" + Path +
                         "': " + Buffer.getError().message() +
                         "; its findings get byte offsets but no lines");
      return nullptr;
    }
    File &F = It->second;
    F.Buffer = std::move(*Buffer);
    F.LineStarts.push_back(0);
    StringRef Text = F.Buffer->getBuffer();
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        F.LineStarts.push_back(I + 1);
    return &F;
  }

  void warnOnce(StringRef Path, const Twine &Message) {
    if (Warned.insert(Path).second)
      WithColor::warning(errs(), "resource-sarif") << Message << "\n";
  }

  StringMap<File> Files;
  StringSet<> Warned;
};

/// Turns absolute file names into SARIF artifact locations: relative to the
/// base directory (uriBaseId SRCROOT) when under it, absolute file URIs
/// otherwise.
class ArtifactUris {
public:
  explicit ArtifactUris(StringRef BaseDir)
      : BaseUri(resource_tidy::fileNameToUri(BaseDir)) {}

  json::Object location(StringRef AbsolutePath) const {
    std::string Uri = resource_tidy::fileNameToUri(AbsolutePath);
    StringRef Relative = Uri;
    if (Relative.consume_front(BaseUri) && Relative.consume_front("/"))
      return json::Object{{"uri", Relative.str()}, {"uriBaseId", "SRCROOT"}};
    return json::Object{{"uri", Uri}};
  }

  json::Object originalUriBaseIds() const {
    return json::Object{{"SRCROOT", json::Object{{"uri", BaseUri + "/"}}}};
  }

private:
  std::string BaseUri;
};

/// One short description per resource-* check, from its doc page.
struct CheckSummary {
  const char *Name;
  const char *Summary;
};
const CheckSummary CheckSummaries[] = {
#include "CheckSummaries.inc"
};

/// Identifies a finding, so that one reported by several translation units
/// (in a shared header) is reported once; orders the log by file and offset
/// whatever the order of the inputs.
using FindingKey = std::tuple<std::string, unsigned, std::string, std::string,
                              std::vector<std::string>>;

class SarifBuilder {
public:
  SarifBuilder(StringRef BaseDir, std::string CheckDocsBase)
      : Uris(BaseDir), CheckDocsBase(std::move(CheckDocsBase)) {}

  void add(const Diagnostic &D) {
    std::vector<std::string> NoteKeys;
    for (const DiagnosticMessage &Note : D.Notes)
      NoteKeys.push_back(absolutePath(Note.FilePath, D.BuildDirectory) + ":" +
                         std::to_string(Note.FileOffset) + ":" + Note.Message);
    FindingKey Key{absolutePath(D.Message.FilePath, D.BuildDirectory),
                   D.Message.FileOffset, D.DiagnosticName, D.Message.Message,
                   std::move(NoteKeys)};
    Diagnostics.try_emplace(std::move(Key), D);
  }

  json::Value build() {
    std::map<std::string, unsigned> RuleIndex;
    for (const auto &[Key, D] : Diagnostics)
      RuleIndex.try_emplace(D.DiagnosticName, 0);
    json::Array Rules;
    for (auto &[Name, Index] : RuleIndex) {
      Index = Rules.size();
      Rules.push_back(rule(Name));
    }
    json::Array Results;
    for (const auto &[Key, D] : Diagnostics)
      Results.push_back(result(D, RuleIndex[D.DiagnosticName]));

    json::Object Driver{{"name", "resource-tidy"},
                        {"version", RESOURCE_TIDY_VERSION},
                        {"rules", std::move(Rules)}};
    json::Object Run{{"tool", json::Object{{"driver", std::move(Driver)}}},
                     {"originalUriBaseIds", Uris.originalUriBaseIds()},
                     {"columnKind", "unicodeCodePoints"},
                     {"results", std::move(Results)}};
    return json::Object{
        {"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/"
                    "os/schemas/sarif-schema-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", json::Array{std::move(Run)}}};
  }

private:
  json::Object rule(StringRef Name) const {
    json::Object Rule{
        {"id", Name.str()},
        {"shortDescription", json::Object{{"text", shortDescription(Name)}}}};
    if (std::optional<std::string> Help = helpUri(Name))
      Rule["helpUri"] = std::move(*Help);
    return Rule;
  }

  static std::string shortDescription(StringRef Name) {
    for (const CheckSummary &Check : CheckSummaries)
      if (Name == Check.Name)
        return Check.Summary;
    if (Name.starts_with("clang-diagnostic-"))
      return ("Compiler diagnostic '" + Name + "'.").str();
    return ("clang-tidy check '" + Name + "'.").str();
  }

  /// resource-* checks link to their page here, other clang-tidy checks to
  /// clang-tidy's documentation; compiler diagnostics have no page.
  std::optional<std::string> helpUri(StringRef Name) const {
    if (Name.consume_front("resource-"))
      return CheckDocsBase + "/" + Name.str() + ".md";
    if (Name.starts_with("clang-diagnostic-"))
      return std::nullopt;
    StringRef Module = "clang-analyzer";
    if (!Name.consume_front("clang-analyzer-")) {
      std::tie(Module, Name) = Name.split('-');
      if (Name.empty())
        return std::nullopt;
    }
    return ("https://clang.llvm.org/extra/clang-tidy/checks/" + Module + "/" +
            Name + ".html")
        .str();
  }

  static StringRef level(Diagnostic::Level Level) {
    switch (Level) {
    case Diagnostic::Error:
      return "error";
    case Diagnostic::Warning:
      return "warning";
    case Diagnostic::Remark:
      return "note";
    }
    llvm_unreachable("unknown diagnostic level");
  }

  /// The region of [Offset, Offset + Length) in Path, or of the position
  /// Offset. Lines and columns when the file can be read. The bytes too
  /// when the extent is known (a fix is then applied exactly), or when they
  /// are all there is; a position alone has no byte length.
  json::Object region(StringRef Path, unsigned Offset,
                      std::optional<unsigned> Length) {
    json::Object Region;
    std::optional<TextPosition> Start = Sources.position(Path, Offset);
    if (Start) {
      Region["startLine"] = Start->Line;
      Region["startColumn"] = Start->Column;
    }
    std::optional<TextPosition> End;
    if (Start && Length)
      End = Sources.position(Path, Offset + *Length);
    if (End) {
      Region["endLine"] = End->Line;
      Region["endColumn"] = End->Column;
    }
    if (!Start || End) {
      Region["byteOffset"] = Offset;
      if (Length)
        Region["byteLength"] = *Length;
    }
    return Region;
  }

  /// The extent of a message: the highlighted range that starts at it, if
  /// any, else only its position.
  static std::optional<unsigned> highlightedLength(const DiagnosticMessage &M) {
    for (const clang::tooling::FileByteRange &Range : M.Ranges)
      if (Range.FilePath == M.FilePath && Range.FileOffset == M.FileOffset)
        return Range.Length;
    return std::nullopt;
  }

  std::optional<json::Object> physicalLocation(const DiagnosticMessage &M,
                                               StringRef BuildDir) {
    if (M.FilePath.empty())
      return std::nullopt;
    std::string Path = absolutePath(M.FilePath, BuildDir);
    return json::Object{
        {"artifactLocation", Uris.location(Path)},
        {"region", region(Path, M.FileOffset, highlightedLength(M))}};
  }

  /// A SARIF fix for the replacements of one message, or nothing if it has
  /// none.
  std::optional<json::Object> fix(const DiagnosticMessage &M,
                                  StringRef BuildDir) {
    std::vector<StringRef> Files;
    for (const auto &Entry : M.Fix)
      if (!Entry.second.empty())
        Files.push_back(Entry.first());
    if (Files.empty())
      return std::nullopt;
    llvm::sort(Files);
    json::Array Changes;
    for (StringRef File : Files) {
      std::string Path = absolutePath(File, BuildDir);
      json::Array Replacements;
      for (const Replacement &R : M.Fix.find(File)->second) {
        Replacements.push_back(json::Object{
            {"deletedRegion", region(Path, R.getOffset(), R.getLength())},
            {"insertedContent",
             json::Object{{"text", R.getReplacementText().str()}}}});
      }
      Changes.push_back(
          json::Object{{"artifactLocation", Uris.location(Path)},
                       {"replacements", std::move(Replacements)}});
    }
    return json::Object{{"description", json::Object{{"text", M.Message}}},
                        {"artifactChanges", std::move(Changes)}};
  }

  json::Object result(const Diagnostic &D, unsigned RuleIndex) {
    json::Object Result{{"ruleId", D.DiagnosticName},
                        {"ruleIndex", RuleIndex},
                        {"level", level(D.DiagLevel)},
                        {"message", json::Object{{"text", D.Message.Message}}}};
    json::Array Locations;
    if (auto Location = physicalLocation(D.Message, D.BuildDirectory))
      Locations.push_back(
          json::Object{{"physicalLocation", std::move(*Location)}});
    Result["locations"] = std::move(Locations);

    // Notes become related locations; the fixes offered on notes (applied
    // with --fix-notes) are alternatives to the diagnostic's own fix.
    json::Array Related;
    json::Array Fixes;
    if (auto Fix = fix(D.Message, D.BuildDirectory))
      Fixes.push_back(std::move(*Fix));
    for (const DiagnosticMessage &Note : D.Notes) {
      json::Object Location{{"id", Related.size()},
                            {"message", json::Object{{"text", Note.Message}}}};
      if (auto Physical = physicalLocation(Note, D.BuildDirectory))
        Location["physicalLocation"] = std::move(*Physical);
      Related.push_back(std::move(Location));
      if (auto Fix = fix(Note, D.BuildDirectory))
        Fixes.push_back(std::move(*Fix));
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    if (!Fixes.empty())
      Result["fixes"] = std::move(Fixes);
    return Result;
  }

  /// clang-tidy writes paths as the compile command names them, relative to
  /// the diagnostic's build directory.
  static std::string absolutePath(StringRef Path, StringRef BuildDir) {
    SmallString<256> Absolute;
    if (sys::path::is_absolute(Path) || BuildDir.empty())
      Absolute = Path;
    else
      sys::path::append(Absolute, BuildDir, Path);
    sys::fs::make_absolute(Absolute);
    sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
    return std::string(Absolute);
  }

  ArtifactUris Uris;
  std::string CheckDocsBase;
  SourceFiles Sources;
  std::map<FindingKey, Diagnostic> Diagnostics;
};

} // namespace

static void error(const Twine &Message) {
  WithColor::error(errs(), "resource-sarif") << Message << "\n";
}

/// Reads one --export-fixes file into Builder. run-clang-tidy leaves an
/// empty file when nothing was found.
static bool readFixesFile(StringRef Path, SarifBuilder &Builder) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer) {
    error("cannot read '" + Path + "': " + Buffer.getError().message());
    return false;
  }
  if ((*Buffer)->getBuffer().trim().empty())
    return true;
  std::vector<TranslationUnitDiagnostics> Documents;
  yaml::Input YamlIn((*Buffer)->getMemBufferRef());
  YamlIn >> Documents;
  if (YamlIn.error()) {
    error("'" + Path +
          "' is not a clang-tidy --export-fixes file (see the YAML error "
          "above)");
    return false;
  }
  for (const TranslationUnitDiagnostics &Document : Documents)
    for (const Diagnostic &D : Document.Diagnostics)
      Builder.add(D);
  return true;
}

/// The inputs: files as given, directories (run-clang-tidy -export-fixes
/// dir/) as their *.yaml files in name order.
static std::optional<std::vector<std::string>> expandInputs() {
  std::vector<std::string> Files;
  for (const std::string &Input : Inputs) {
    if (!sys::fs::is_directory(Input)) {
      Files.push_back(Input);
      continue;
    }
    std::vector<std::string> InDirectory;
    std::error_code EC;
    for (sys::fs::directory_iterator It(Input, EC), End; It != End && !EC;
         It.increment(EC))
      if (sys::path::extension(It->path()) == ".yaml")
        InDirectory.push_back(It->path());
    if (EC) {
      error("cannot list '" + Input + "': " + EC.message());
      return std::nullopt;
    }
    llvm::sort(InDirectory);
    llvm::append_range(Files, InDirectory);
  }
  return Files;
}

/// Where the resource-* check pages are: the installed share/doc next to
/// this binary, else the source tree it was built from.
static std::string checkDocsBase(const char *Argv0) {
  if (!DocsUrl.empty())
    return StringRef(DocsUrl).rtrim('/').str();
  static int AddressInThisBinary;
  SmallString<256> Docs(sys::path::parent_path(sys::path::parent_path(
      sys::fs::getMainExecutable(Argv0, &AddressInThisBinary))));
  sys::path::append(Docs, "share", "doc", "resource-tidy", "checks");
  if (!sys::fs::is_directory(Docs)) {
    Docs = RESOURCE_TIDY_SOURCE_DOCS;
    sys::path::append(Docs, "checks");
  }
  return resource_tidy::fileNameToUri(Docs);
}

int main(int Argc, char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "resource-sarif (resource-tidy) " RESOURCE_TIDY_VERSION "\n";
  });
  cl::ParseCommandLineOptions(
      Argc, Argv,
      "Converts clang-tidy --export-fixes YAML files into one SARIF 2.1.0 "
      "log\n");

  SmallString<256> Base(BaseDir);
  if (std::error_code EC = sys::fs::make_absolute(Base)) {
    error("cannot resolve the base directory: " + EC.message());
    return 1;
  }
  sys::path::remove_dots(Base, /*remove_dot_dot=*/true);
  if (!sys::fs::is_directory(Base)) {
    error("the base directory '" + Base + "' is not a directory");
    return 1;
  }

  SarifBuilder Builder(Base, checkDocsBase(Argv[0]));
  std::optional<std::vector<std::string>> Files = expandInputs();
  if (!Files)
    return 1;
  for (const std::string &File : *Files)
    if (!readFixesFile(File, Builder))
      return 1;

  std::error_code EC;
  raw_fd_ostream Out(OutputPath, EC, sys::fs::OF_Text);
  if (EC) {
    error("cannot write '" + OutputPath + "': " + EC.message());
    return 1;
  }
  Out << formatv("{0:2}", Builder.build()) << "\n";
  return 0;
}

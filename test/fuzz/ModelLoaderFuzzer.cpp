//===--- ModelLoaderFuzzer.cpp - libFuzzer target for model files ---------===//
//
// Feeds arbitrary bytes to the model-file parser, as a user's ModelFiles
// option would, and uses every file it accepts the way the checks do. A
// model file must give a model or an error, never a crash, a leak or
// undefined behaviour; and an accepted file must hold the promises the
// analysis relies on, which are asserted here.
//
//===----------------------------------------------------------------------===//

#include "Models/ModelLoader.h"
#include <cstdio>
#include <cstdlib>

using namespace resource_tidy;

namespace {

[[noreturn]] void fail(const char *What, llvm::StringRef Detail) {
  std::fprintf(stderr, "accepted model breaks a promise: %s: '%s'\n", What,
               Detail.str().c_str());
  std::abort();
}

/// A name the checks match with nameMatches: a "regex:" one must compile,
/// as the loader promises to report the ones that do not.
void checkName(llvm::StringRef Name) {
  if (!namePatternProblem(Name).empty())
    fail("invalid regular expression accepted", Name);
}

void checkSpecs(llvm::ArrayRef<CallSpec> Specs) {
  for (const CallSpec &S : Specs) {
    if (S.Call.empty() == S.Construct.empty())
      fail("call entry without exactly one of 'call' and 'construct'",
           S.name());
    if (!ValueRef::parse(S.Value.str()) ||
        !(*ValueRef::parse(S.Value.str()) == S.Value))
      fail("value does not round-trip", S.Value.str());
    checkName(S.name());
  }
}

void checkFile(const ModelFile &File) {
  if (File.Version != 1 || File.Library.empty())
    fail("bad version or library", File.Library);
  for (const ResourceModel &R : File.Resources) {
    if (R.Id.empty() || R.Acquire.empty())
      fail("resource without id or acquisition", R.Id);
    checkSpecs(R.Acquire);
    checkSpecs(R.Release);
    checkSpecs(R.Transfers);
    checkSpecs(R.Connect);
    if (R.Lease) {
      checkSpecs(R.Lease->Take);
      checkSpecs(R.Lease->Give);
    }
    checkName(R.TypeName);
    for (const std::string &Name : R.FreedAfterCallbacks)
      checkName(Name);
  }
  for (const HandlerModel &H : File.Handlers)
    checkName(H.Name);
  for (const std::string &Name : File.MakeFunctions)
    checkName(Name);
}

/// Looks names up in \p Models the way the checks do.
void useModels(const ModelSet &Models) {
  std::vector<std::string> Names = Models.acquireCallNames();
  for (const std::string &Name : Models.acquireConstructNames())
    Names.push_back(Name);
  Names.push_back("redisConnect");
  Names.push_back("::ns::Client::connect");
  for (const std::string &Name : Names) {
    (void)Models.findAcquire(Name);
    (void)Models.findConstruct(Name);
    (void)Models.findRelease(Name);
    (void)Models.isMakeFunction(Name);
  }
  for (const auto &R : Models.resources())
    if (Models.findById(R->Id) == nullptr)
      fail("resource not found by its id", R->Id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<ModelFile> File = parseModelFile(Text, "fuzz.yaml");
  if (!File) {
    std::string Message = llvm::toString(File.takeError());
    if (!llvm::StringRef(Message).starts_with("fuzz.yaml"))
      fail("error message does not name the file", Message);
    return 0;
  }
  checkFile(*File);
  ModelSet Models;
  Models.add(std::move(*File));
  useModels(Models);
  return 0;
}

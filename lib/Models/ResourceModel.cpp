//===--- ResourceModel.cpp - Looking up resource models -------------------===//

#include "Models/ResourceModel.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Regex.h"

namespace resource_tidy {

std::optional<ValueRef> ValueRef::parse(llvm::StringRef Text) {
  Text = Text.trim();
  if (Text == "return")
    return returned();
  if (Text == "this")
    return object();
  bool Pointee = Text.consume_front("*");
  unsigned Index = 0;
  if (!Text.consume_front("arg") || Text.empty() ||
      Text.getAsInteger(10, Index))
    return std::nullopt;
  return Pointee ? argPointee(Index) : arg(Index);
}

std::string ValueRef::str() const {
  switch (K) {
  case Kind::Return:
    return "return";
  case Kind::This:
    return "this";
  case Kind::Arg:
    return "arg" + std::to_string(Index);
  case Kind::ArgPointee:
    return "*arg" + std::to_string(Index);
  }
  return "";
}

bool nameMatches(llvm::StringRef Pattern, llvm::StringRef Name) {
  Name.consume_front("::");
  if (Pattern.consume_front("regex:")) {
    // Compiled once per pattern and thread: the checks test every call of
    // a translation unit against the models.
    thread_local llvm::StringMap<std::unique_ptr<llvm::Regex>> Compiled;
    std::unique_ptr<llvm::Regex> &Re = Compiled[Pattern];
    if (!Re)
      Re = std::make_unique<llvm::Regex>(("^(::)?(" + Pattern + ")$").str());
    return Re->match(Name);
  }
  Pattern.consume_front("::");
  return Pattern == Name;
}

/// llvm::Regex compiles a group by recursing, one level per '(', on the
/// stack of whichever thread reads the options: a HotFunctions pattern of
/// 100000 nested groups crashed clang-tidy-22 (30000 did not). No name or
/// function pattern needs anywhere near this many groups.
static constexpr size_t MaxRegexGroups = 256;

std::string regexProblem(llvm::StringRef Pattern) {
  if (Pattern.count('(') > MaxRegexGroups)
    return "more than " + std::to_string(MaxRegexGroups) + " groups";
  std::string Error;
  if (!llvm::Regex(Pattern).isValid(Error))
    return Error;
  return "";
}

std::string namePatternProblem(llvm::StringRef Name) {
  if (!Name.consume_front("regex:"))
    return "";
  std::string Problem = regexProblem(Name);
  if (Problem.empty())
    return "";
  return "invalid regular expression '" + Name.str() + "': " + Problem;
}

llvm::StringRef costName(Cost C) {
  switch (C) {
  case Cost::Cheap:
    return "cheap";
  case Cost::Moderate:
    return "moderate";
  case Cost::Expensive:
    return "expensive";
  }
  return "";
}

std::optional<Cost> parseCost(llvm::StringRef Name) {
  for (Cost C : {Cost::Cheap, Cost::Moderate, Cost::Expensive})
    if (Name == costName(C))
      return C;
  return std::nullopt;
}

llvm::StringRef kindName(ResourceKind K) {
  switch (K) {
  case ResourceKind::Client:
    return "client";
  case ResourceKind::Connection:
    return "connection";
  case ResourceKind::Pool:
    return "pool";
  case ResourceKind::Factory:
    return "factory";
  case ResourceKind::ProcessInit:
    return "process-init";
  case ResourceKind::Child:
    return "child";
  }
  return "";
}

void ModelSet::add(ModelFile File) {
  for (ResourceModel &R : File.Resources) {
    R.Library = File.Library;
    auto Same = llvm::find_if(
        Resources, [&](const auto &Known) { return Known->Id == R.Id; });
    if (Same != Resources.end())
      **Same = std::move(R);
    else
      Resources.push_back(std::make_unique<ResourceModel>(std::move(R)));
  }
  for (HandlerModel &H : File.Handlers) {
    H.Library = File.Library;
    Handlers.push_back(std::move(H));
  }
  for (std::string &Name : File.MakeFunctions)
    if (!isMakeFunction(Name))
      MakeFunctions.push_back(std::move(Name));
}

bool ModelSet::isMakeFunction(llvm::StringRef QualifiedName) const {
  return llvm::any_of(MakeFunctions, [&](const std::string &Pattern) {
    return nameMatches(Pattern, QualifiedName);
  });
}

const ResourceModel *ModelSet::findById(llvm::StringRef Id) const {
  for (const auto &R : Resources)
    if (R->Id == Id)
      return R.get();
  return nullptr;
}

static std::vector<std::string>
collectNames(llvm::ArrayRef<std::unique_ptr<ResourceModel>> Resources,
             bool Constructors) {
  std::vector<std::string> Names;
  for (const auto &R : Resources)
    for (const CallSpec &S : R->Acquire)
      if (S.isConstructor() == Constructors)
        Names.push_back(S.name().str());
  llvm::sort(Names);
  Names.erase(std::unique(Names.begin(), Names.end()), Names.end());
  return Names;
}

std::vector<std::string> ModelSet::acquireCallNames() const {
  return collectNames(Resources, /*Constructors=*/false);
}

std::vector<std::string> ModelSet::acquireConstructNames() const {
  return collectNames(Resources, /*Constructors=*/true);
}

template <typename SpecsOf>
static std::vector<CallMatch>
findIn(llvm::ArrayRef<std::unique_ptr<ResourceModel>> Resources,
       llvm::StringRef Name, bool Constructor, SpecsOf Specs) {
  std::vector<CallMatch> Found;
  for (const auto &R : Resources)
    for (const CallSpec &S : Specs(*R))
      if (S.isConstructor() == Constructor && nameMatches(S.name(), Name))
        Found.push_back({R.get(), &S});
  return Found;
}

std::vector<CallMatch> ModelSet::findAcquire(llvm::StringRef Name) const {
  return findIn(Resources, Name, /*Constructor=*/false,
                [](const ResourceModel &R) -> llvm::ArrayRef<CallSpec> {
                  return R.Acquire;
                });
}

std::vector<CallMatch> ModelSet::findConstruct(llvm::StringRef Class) const {
  return findIn(Resources, Class, /*Constructor=*/true,
                [](const ResourceModel &R) -> llvm::ArrayRef<CallSpec> {
                  return R.Acquire;
                });
}

std::vector<CallMatch> ModelSet::findRelease(llvm::StringRef Name) const {
  return findIn(Resources, Name, /*Constructor=*/false,
                [](const ResourceModel &R) -> llvm::ArrayRef<CallSpec> {
                  return R.Release;
                });
}

} // namespace resource_tidy

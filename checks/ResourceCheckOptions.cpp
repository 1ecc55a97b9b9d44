//===--- ResourceCheckOptions.cpp - Options every resource check reads ----===//

#include "ResourceCheckOptions.h"
#include "clang-tidy/utils/OptionsUtils.h"

namespace clang::tidy::resource {

static std::vector<std::string> splitList(StringRef List) {
  std::vector<std::string> Items;
  for (StringRef Item : utils::options::parseStringList(List))
    if (!Item.trim().empty())
      Items.push_back(Item.trim().str());
  return Items;
}

/// The names of \p Names whose "regex:" patterns compile; the others are
/// reported in \p Errors.
static std::vector<std::string> validNames(StringRef Option,
                                           std::vector<std::string> Names,
                                           std::vector<std::string> &Errors) {
  llvm::erase_if(Names, [&](const std::string &Name) {
    StringRef Pattern(Name);
    if (!Pattern.consume_front("regex:"))
      return false;
    std::string Problem = resource_tidy::regexProblem(Pattern);
    if (Problem.empty())
      return false;
    Errors.push_back("invalid regular expression '" + Pattern.str() +
                     "' in option '" + Option.str() + "': " + Problem);
    return true;
  });
  return Names;
}

ResourceCheckOptions::ResourceCheckOptions(
    ClangTidyCheck::OptionsView &Options,
    std::shared_ptr<resource_tidy::FactsCache> Cache)
    : ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")),
      DisabledBuiltinModels(
          Options.getLocalOrGlobal("DisabledBuiltinModels", "")),
      HandlerRegistrations(
          Options.getLocalOrGlobal("HandlerRegistrations", "")),
      HandlerMethods(Options.getLocalOrGlobal("HandlerMethods", "")),
      HotFunctions(Options.getLocalOrGlobal("HotFunctions", "")),
      MaxCallChainDepth(Options.getLocalOrGlobal("MaxCallChainDepth", 4U)),
      Cache(std::move(Cache)) {
  resource_tidy::ModelOptions ModelOpts;
  ModelOpts.ExtraFiles = splitList(ModelFiles);
  ModelOpts.DisabledBuiltins = splitList(DisabledBuiltinModels);
  Models = this->Cache->models(ModelOpts, Errors);

  Hotness.ExtraRegistrations = validNames(
      "HandlerRegistrations", splitList(HandlerRegistrations), Errors);
  Hotness.ExtraHandlerMethods =
      validNames("HandlerMethods", splitList(HandlerMethods), Errors);
  Hotness.MaxCallDepth = MaxCallChainDepth;
  std::string RegexProblem =
      HotFunctions.empty() ? "" : resource_tidy::regexProblem(HotFunctions);
  if (!RegexProblem.empty())
    Errors.push_back("invalid regular expression '" + HotFunctions +
                     "' in option 'HotFunctions': " + RegexProblem);
  else
    Hotness.HotFunctionPattern = HotFunctions;
}

void ResourceCheckOptions::store(ClangTidyCheck::OptionsView &Options,
                                 ClangTidyOptions::OptionMap &Opts) const {
  Options.store(Opts, "ModelFiles", ModelFiles);
  Options.store(Opts, "DisabledBuiltinModels", DisabledBuiltinModels);
  Options.store(Opts, "HandlerRegistrations", HandlerRegistrations);
  Options.store(Opts, "HandlerMethods", HandlerMethods);
  Options.store(Opts, "HotFunctions", HotFunctions);
  Options.store(Opts, "MaxCallChainDepth", MaxCallChainDepth);
}

resource_tidy::TranslationUnitFacts &
ResourceCheckOptions::facts(ASTContext &Ctx) {
  if (!Facts)
    Facts = Cache->factsFor(Ctx, Models, Hotness);
  return *Facts;
}

} // namespace clang::tidy::resource

//===--- ModelLoader.h - Reading resource model files ---------------------===//
//
// Model files are keyed YAML read with LLVM's YAML I/O. Built-in models are
// compiled into the binary, one file per library; users add or override
// models with their own files and can switch built-ins off.
//
//===----------------------------------------------------------------------===//

#ifndef RESOURCE_TIDY_MODELS_MODELLOADER_H
#define RESOURCE_TIDY_MODELS_MODELLOADER_H

#include "Models/ResourceModel.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

namespace resource_tidy {

/// The text of one built-in model file, compiled into the binary.
struct BuiltinModelText {
  llvm::StringRef FileName;
  llvm::StringRef Text;
};

llvm::ArrayRef<BuiltinModelText> builtinModelTexts();

/// Parses one model file. On failure the error's message names the file,
/// line and column of every problem, one per line.
llvm::Expected<ModelFile> parseModelFile(llvm::StringRef Text,
                                         llvm::StringRef FileName);

/// Which models a run uses.
struct ModelOptions {
  /// Extra model files, read after the built-ins; a resource whose id is
  /// already known replaces the earlier one.
  std::vector<std::string> ExtraFiles;
  /// Libraries whose built-in models are not loaded; "*" disables them all.
  std::vector<std::string> DisabledBuiltins;
};

/// Loads the built-ins and the extra files. Files with errors are skipped
/// and every problem is appended to \p Errors.
std::shared_ptr<const ModelSet> loadModels(const ModelOptions &Options,
                                           std::vector<std::string> &Errors);

} // namespace resource_tidy

#endif // RESOURCE_TIDY_MODELS_MODELLOADER_H

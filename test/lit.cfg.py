# lit configuration for resource-tidy's check tests.
import os
import lit.formats

config.name = "resource-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp"]
config.excludes = ["Inputs", "unit", "bench", "eval", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.resource_tidy_obj_root, "test")

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", "")])

inputs = os.path.join(config.test_source_root, "Inputs")
# %tidy runs stock clang-tidy with the plugin loaded and only our checks.
config.substitutions.append(
    ("%tidy", "%s --load=%s" % (config.clang_tidy, config.plugin)))
config.substitutions.append(("%resource_tidy", config.resource_tidy))
config.substitutions.append(("%clangxx", config.clangxx))
# %diags keeps only the diagnostic lines of clang-tidy's output (no source
# snippets, which would echo the CHECK lines themselves).
config.substitutions.append(
    ("%diags", "sed -n -e '/^[^ ].*: \\(warning\\|note\\|error\\): /p'"))
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%S_src", config.resource_tidy_src_root))

# %plugin is this build's plugin; %other_tidy is Debian's clang-tidy of the
# other supported LLVM major, when it is installed (feature
# 'other-major-clang-tidy'), to check that the plugin refuses to load there.
config.substitutions.append(("%plugin", config.plugin))
for major in ("22", "19"):
    other_tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % major
    if major != config.llvm_major and os.path.exists(other_tidy):
        config.available_features.add("other-major-clang-tidy")
        config.substitutions.append(("%other_tidy", other_tidy))
        break

# lit configuration for resource-tidy's check tests.
import os
import sys
import lit.formats

config.name = "resource-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp"]
config.excludes = ["Inputs", "unit", "bench", "eval", "fuzz", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.resource_tidy_obj_root, "test")

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", "")])

inputs = os.path.join(config.test_source_root, "Inputs")
# %tidy runs stock clang-tidy with the plugin loaded, or with
# '--param driver=resource-tidy' build/bin/resource-tidy (the module built in):
# every test must pass with either. '--param tidy=<path>' runs another
# clang-tidy with the module built in (the sanitized build's resource-tidy).
# %run_clang_tidy is run-clang-tidy with the same driver. The second
# driver's outputs go to their own directory.
resource_tidy = lit_config.params.get("tidy", config.resource_tidy)
driver = lit_config.params.get(
    "driver", "resource-tidy" if "tidy" in lit_config.params else "plugin")
run_clang_tidy = os.path.join(config.llvm_tools_dir, "run-clang-tidy")
if driver == "plugin":
    tidy = "%s --load=%s" % (config.clang_tidy, config.plugin)
    run_clang_tidy += " -clang-tidy-binary %s -load %s" % (
        config.clang_tidy, config.plugin)
elif driver == "resource-tidy":
    tidy = resource_tidy
    run_clang_tidy += " -clang-tidy-binary %s" % resource_tidy
    config.test_exec_root = os.path.join(config.test_exec_root,
                                         "driver-resource-tidy")
else:
    lit_config.fatal("unknown driver '%s': use 'plugin' or 'resource-tidy'"
                     % driver)
config.substitutions.append(("%tidy", tidy))
config.substitutions.append(("%run_clang_tidy", run_clang_tidy))
config.substitutions.append(("%driver", driver))
# The build tree, laid out like an installed prefix (bin/, lib/).
config.substitutions.append(("%obj_root", config.resource_tidy_obj_root))
config.substitutions.append(("%resource_tidy", resource_tidy))
config.substitutions.append(
    ("%resource_sarif",
     os.path.join(config.resource_tidy_obj_root, "bin", "resource-sarif")))
config.substitutions.append(("%python", sys.executable))
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
config.available_features.add("llvm-" + config.llvm_major)
for major in ("22", "19"):
    other_tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % major
    if major != config.llvm_major and os.path.exists(other_tidy):
        config.available_features.add("other-major-clang-tidy")
        config.substitutions.append(("%other_tidy", other_tidy))
        break

# %resource_clangd is clangd with the module built in (not built against
# every LLVM major); the editor-session tests speak LSP to it through
# %python (standard library only).
if config.resource_clangd:
    config.available_features.add("resource-clangd")
    config.substitutions.append(("%resource_clangd", config.resource_clangd))

# lit configuration for resource-tidy's check tests.
import os
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
# %tidy runs stock clang-tidy with the plugin loaded and only our checks;
# --param tidy=<path> runs a clang-tidy with the module built in instead
# (the sanitized build's resource-tidy).
tidy_driver = lit_config.params.get("tidy")
if tidy_driver:
    config.substitutions.append(("%tidy", tidy_driver))
else:
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

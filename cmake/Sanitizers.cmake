# RESOURCE_TIDY_SANITIZE builds our own sources with AddressSanitizer and
# UndefinedBehaviorSanitizer (the prebuilt LLVM and clang libraries stay
# uninstrumented) and adds the libFuzzer targets of test/fuzz. Any report
# stops the process: a sanitizer finding is a test failure, not a warning.
option(RESOURCE_TIDY_SANITIZE
       "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(RESOURCE_TIDY_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "RESOURCE_TIDY_SANITIZE needs clang (libFuzzer)")
  endif()
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined)
endif()

# The environment of every test of a sanitized build. abort_on_error turns a
# report into SIGABRT, so that it fails even a test that expects a non-zero
# exit status ('not %tidy ...'), as lit's 'not' fails on signals.
set(RESOURCE_TIDY_SANITIZER_ENV
  "ASAN_OPTIONS=abort_on_error=1:halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
  "UBSAN_OPTIONS=abort_on_error=1:halt_on_error=1:print_stacktrace=1"
  "ASAN_SYMBOLIZER_PATH=${LLVM_TOOLS_BINARY_DIR}/llvm-symbolizer")

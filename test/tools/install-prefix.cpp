// 'cmake --install' into a fresh prefix gives a working plugin and tools:
// the installed resource-tidy finds clang's builtin headers through
// <prefix>/lib/clang/<major> (a link to LLVM's resource directory) and
// reports the leak below with no error; the installed plugin loads into
// clang-tidy; the installed resource-sarif links to the installed docs.
// RUN: rm -rf %t && cmake --install %obj_root --prefix %t/prefix > %t.log
// RUN: ls %t/prefix/bin/resource-tidy %t/prefix/bin/resource-sarif \
// RUN:   %t/prefix/lib/libResourceTidy.so %t/prefix/share/doc/resource-tidy/README.md \
// RUN:   %t/prefix/share/doc/resource-tidy/index.md \
// RUN:   %t/prefix/share/doc/resource-tidy/checks/unreleased-handle.md
// RUN: cd %t && %t/prefix/bin/resource-tidy -checks='-*,resource-*' \
// RUN:   --export-fixes=%t/fixes.yaml %s -- -std=c++17 -v > %t/out 2> %t/err
// RUN: FileCheck %s < %t/out
// RUN: FileCheck %s --check-prefix=SEARCH -DPREFIX=%t/prefix < %t/err
// RUN: not grep 'error:' %t/out %t/err
// RUN: %clangxx -std=c++17 -fsyntax-only %s
// RUN: %t/prefix/bin/resource-sarif --base-dir %S %t/fixes.yaml \
// RUN:   | FileCheck %s --check-prefix=SARIF -DPREFIX=%t/prefix
// RUN: %tidy --list-checks -checks='-*,resource-*' \
// RUN:   --load=%t/prefix/lib/libResourceTidy.so | FileCheck %s --check-prefix=PLUGIN

// SEARCH: #include <...> search starts here:
// SEARCH: [[PREFIX]]/lib/clang/{{[0-9]+}}/include
// SEARCH: End of search list.
// SARIF: "helpUri": "file://[[PREFIX]]/share/doc/resource-tidy/checks/unreleased-handle.md"
// PLUGIN: resource-unreleased-handle

#include <cstddef>
#include <curl/curl.h>

// The handle leaks when setting the URL fails.
bool fetch(const char *Url, std::size_t Attempts) {
  CURL *Curl = curl_easy_init();
  // CHECK: :[[@LINE-1]]:16: warning: 'curl_easy_init' acquires a 'CURL' that is not released on every path [resource-unreleased-handle]
  if (Curl == nullptr)
    return false;
  if (curl_easy_setopt(Curl, CURLOPT_URL, Url) != CURLE_OK)
    return false;
  for (std::size_t I = 0; I < Attempts; ++I)
    if (curl_easy_perform(Curl) == CURLE_OK)
      break;
  curl_easy_cleanup(Curl);
  return true;
}

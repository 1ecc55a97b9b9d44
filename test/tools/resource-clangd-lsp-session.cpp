// resource-clangd seen from an editor: an LSP session (see
// Inputs/resource_clangd_session.py) that checks the published resource-*
// diagnostics and their notes, the quick fix and its edits, that the server
// keeps answering on half-typed code, that the fixed code is clean, and that
// FastCheckFilter: Strict skips the resource-* checks. The quick fix gives
// the same file as resource-tidy --fix-notes.
// REQUIRES: resource-clangd
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python %S/Inputs/resource_clangd_session.py %resource_clangd %t
// RUN: cp %t/handler.cpp %t/tidy-fixed.cpp
// RUN: %resource_tidy -checks='-*,resource-*' --fix-notes %t/tidy-fixed.cpp \
// RUN:   -- -std=c++17
// RUN: diff %t/lsp-fixed.cpp %t/tidy-fixed.cpp

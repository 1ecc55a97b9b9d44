// A modelled C++ client made with 'new' and deleted only on the success
// path leaks on the early return; the note's fix deletes it there.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' --fix-notes %t.cpp -- \
// RUN:   -std=c++17 -isystem %inputs/include
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %tidy -checks='-*,resource-unreleased-handle' %t.cpp -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags | count 0

#include <memory>
#include <string>
#include <sw/redis++/redis++.h>

// Returns before the delete when the key is empty.
bool countView(const std::string &Page) {
  auto *Redis = new sw::redis::Redis("tcp://127.0.0.1:6379");
  // CHECK: :[[@LINE-1]]:21: warning: 'new' acquires a 'sw::redis::Redis' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+3]]:5: note: it leaks when 'countView' returns here
  // CHECK: :[[@LINE-3]]:21: note: release it with 'delete' before that return
  if (Page.empty())
    return false;
  Redis->incr("views:" + Page);
  delete Redis;
  return true;
}

// Control: a unique_ptr deletes it on every path.
bool countViewOwned(const std::string &Page) {
  std::unique_ptr<sw::redis::Redis> Redis(
      new sw::redis::Redis("tcp://127.0.0.1:6379"));
  if (Page.empty())
    return false;
  Redis->incr("views:" + Page);
  return true;
}

// FIXED: {{^}}    { delete Redis; return false; }{{$}}

//===--- PerCallSitesTest.cpp - Guards, loops and fates of acquisitions ---===//

#include "PerCall/PerCallSites.h"
#include "Models/ModelLoader.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace resource_tidy;

namespace {

const char *const DemoModels = R"(version: 1
library: demo
resources:
  - id: demo.conn
    type: conn
    kind: connection
    acquire: [{call: open_conn}]
    release: [{call: close_conn}]
)";

const char *const Prelude = R"(
#include <memory>
#include <mutex>
#include <thread>
#include <vector>
struct conn;
conn *open_conn();
void close_conn(conn *);
void use(conn *);
void keep(conn *);
bool bad(conn *);
)";

/// The first open_conn() call in the function named \p Name.
class PerCallSitesTest : public ::testing::Test {
protected:
  void build(llvm::StringRef Code) {
    AST = tooling::buildASTFromCodeWithArgs((Prelude + Code).str(),
                                            {"-std=c++17"});
    ASSERT_TRUE(AST);
    llvm::Expected<ModelFile> File = parseModelFile(DemoModels, "t.yaml");
    ASSERT_TRUE(static_cast<bool>(File));
    Models.add(std::move(*File));
  }

  const CallExpr *acquisitionIn(llvm::StringRef Function) {
    auto Found = match(callExpr(callee(functionDecl(hasName("open_conn"))),
                                hasAncestor(functionDecl(hasName(Function))))
                           .bind("c"),
                       AST->getASTContext());
    return Found.empty() ? nullptr : Found[0].getNodeAs<CallExpr>("c");
  }

  CodeContext where(llvm::StringRef Function) {
    const CallExpr *Call = acquisitionIn(Function);
    EXPECT_NE(Call, nullptr) << Function.str();
    return Call ? findCodeContext(Call, AST->getASTContext()) : CodeContext();
  }

  ResourceFate fate(llvm::StringRef Function) {
    const CallExpr *Call = acquisitionIn(Function);
    EXPECT_NE(Call, nullptr) << Function.str();
    if (!Call)
      return {};
    CodeContext Where = findCodeContext(Call, AST->getASTContext());
    CallMatch Match = Models.findAcquire("open_conn").front();
    return traceResource(Call, Match, Where.Function, Models,
                         AST->getASTContext());
  }

  std::unique_ptr<ASTUnit> AST;
  ModelSet Models;
};

TEST_F(PerCallSitesTest, GuardsAreRecognised) {
  build(R"(
    conn *staticLocal() { static conn *c = open_conn(); return c; }
    conn *threadLocal() { thread_local conn *c = open_conn(); return c; }
    conn *G;
    conn *onceFlag() { static std::once_flag f;
      std::call_once(f, [] { G = open_conn(); }); return G; }
    conn *plain() { conn *c = open_conn(); return c; }
    conn *invokedInPlace() { static conn *c = [] { return open_conn(); }(); return c; }
    conn *Global = open_conn();
  )");
  EXPECT_EQ(where("staticLocal").Guard, OnceGuard::StaticLocal);
  EXPECT_EQ(where("threadLocal").Guard, OnceGuard::ThreadLocal);
  EXPECT_EQ(where("onceFlag").Guard, OnceGuard::CallOnce);
  EXPECT_EQ(where("plain").Guard, OnceGuard::None);
  EXPECT_EQ(where("invokedInPlace").Guard, OnceGuard::StaticLocal);
}

TEST_F(PerCallSitesTest, LoopsAreFoundInsideTheFunctionOnly) {
  build(R"(
    void inLoop() { for (int i = 0; i < 3; ++i) use(open_conn()); }
    void inLambdaInLoop() { for (int i = 0; i < 3; ++i) {
      auto f = [] { use(open_conn()); }; (void)f; } }
    void loopInit() { for (conn *c = open_conn(); c; c = nullptr) use(c); }
  )");
  EXPECT_NE(where("inLoop").Loop, nullptr);
  CodeContext Lambda = where("inLambdaInLoop");
  EXPECT_EQ(Lambda.Loop, nullptr);
  ASSERT_NE(Lambda.Function, nullptr);
  EXPECT_TRUE(cast<CXXMethodDecl>(Lambda.Function)->getParent()->isLambda());
  EXPECT_EQ(where("loopInit").Loop, nullptr);
}

TEST_F(PerCallSitesTest, WhatIsKeptAndWhatDies) {
  build(R"(
    struct Holder { conn *c; void init() { c = open_conn(); } };
    conn *returned() { conn *c = open_conn(); return c; }
    void released() { conn *c = open_conn(); use(c); close_conn(c); }
    void dropped() { conn *c = open_conn(); if (!c) return; }
    void handedToUnknown() { conn *c = open_conn(); keep(c); }
    void handedThenReleased() { conn *c = open_conn(); keep(c); close_conn(c); }
    std::vector<conn *> Pool;
    void pooled() { for (int i = 0; i < 4; ++i) Pool.push_back(open_conn()); }
    void owned() { std::unique_ptr<conn, void (*)(conn *)> p(open_conn(), close_conn); }
    void toThread() { conn *c = open_conn(); std::thread t(use, c); t.detach(); }
    void captured() { conn *c = open_conn(); auto f = [c] { use(c); }; f(); }
    void copied() { conn *c = open_conn(); conn *d = c; close_conn(d); }
  )");
  EXPECT_TRUE(fate("returned").Kept);
  EXPECT_TRUE(fate("init").Kept);
  ResourceFate Released = fate("released");
  EXPECT_FALSE(Released.Kept);
  EXPECT_EQ(Released.Releases.size(), 1u);
  EXPECT_NE(Released.Holder, nullptr);
  EXPECT_FALSE(fate("dropped").Kept);
  EXPECT_TRUE(fate("handedToUnknown").Kept);
  EXPECT_FALSE(fate("handedThenReleased").Kept);
  EXPECT_TRUE(fate("pooled").Kept);
  EXPECT_FALSE(fate("owned").Kept);
  EXPECT_TRUE(fate("toThread").Kept);
  EXPECT_TRUE(fate("captured").Kept);
  ResourceFate Copied = fate("copied");
  EXPECT_FALSE(Copied.Kept);
  EXPECT_EQ(Copied.Aliases.size(), 1u);
  EXPECT_EQ(Copied.Releases.size(), 1u);
}

TEST_F(PerCallSitesTest, RetryLoopKeepsItsConnection) {
  build(R"(
    conn *retry() {
      conn *c = nullptr;
      while (!c) { c = open_conn(); if (!c) continue; }
      return c;
    }
    conn *retryFreeingFailures() {
      conn *c = nullptr;
      while (!c) { c = open_conn(); if (bad(c)) { close_conn(c); c = nullptr; } }
      return c;
    }
    void churn() {
      conn *c = nullptr;
      for (int i = 0; i < 3; ++i) { c = open_conn(); use(c); close_conn(c); }
    }
  )");
  EXPECT_TRUE(fate("retry").Kept);
  const CallExpr *Retry = acquisitionIn("retryFreeingFailures");
  ASSERT_NE(Retry, nullptr);
  CodeContext RetryWhere = findCodeContext(Retry, AST->getASTContext());
  ResourceFate RetryFate = fate("retryFreeingFailures");
  // Kept (returned); and its in-loop release is only on the failure path.
  EXPECT_TRUE(RetryFate.Kept);
  EXPECT_FALSE(
      isRemadeEachIteration(RetryFate, RetryWhere, AST->getASTContext()));
  const CallExpr *Churn = acquisitionIn("churn");
  ASSERT_NE(Churn, nullptr);
  CodeContext Where = findCodeContext(Churn, AST->getASTContext());
  ResourceFate Fate = fate("churn");
  EXPECT_FALSE(Fate.Kept);
  ASSERT_NE(Where.Loop, nullptr);
  EXPECT_TRUE(isRemadeEachIteration(Fate, Where, AST->getASTContext()));
}

} // namespace

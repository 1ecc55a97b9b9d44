//===--- HotFunctionsTest.cpp - Frequently invoked function inference -----===//

#include "Hotness/HotFunctions.h"
#include "Models/ModelLoader.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace resource_tidy;

namespace {

const char *const HandlerModels = R"(version: 1
library: test
handlers:
  - {registration: "web::Server::route", description: "a route handler"}
  - {overrides: "web::Handler::handle", description: "a web handler"}
  - {parameter: "rpc::ServerContext", description: "an RPC method"}
  - {registration: "loop::onTimer", description: "a timer callback", sequential: true}
)";

const char *const Prelude = R"(
namespace web {
struct Server { void route(const char *, void (*)(int)); 
                template <class F> void route(const char *, F) {} };
struct Handler { virtual void handle(int); };
}
namespace rpc { struct ServerContext; struct Service { virtual void call(ServerContext *); }; }
namespace loop { void onTimer(void (*)(int)); }
)";

class HotFunctionsTest : public ::testing::Test {
protected:
  void build(llvm::StringRef Code, HotnessOptions Options = {}) {
    AST = tooling::buildASTFromCodeWithArgs((Prelude + Code).str(),
                                            {"-std=c++17"});
    ASSERT_TRUE(AST);
    llvm::Expected<ModelFile> File = parseModelFile(HandlerModels, "t.yaml");
    ASSERT_TRUE(static_cast<bool>(File));
    Models.add(std::move(*File));
    Opts = std::move(Options);
    Index = HotFunctionIndex::build(AST->getASTContext(), Models, Opts);
  }

  const FunctionDecl *function(llvm::StringRef Name) {
    auto Found = match(functionDecl(hasName(Name), isDefinition()).bind("f"),
                       AST->getASTContext());
    return Found.empty() ? nullptr : Found[0].getNodeAs<FunctionDecl>("f");
  }

  const HotReason *reason(llvm::StringRef Name) {
    const FunctionDecl *F = function(Name);
    EXPECT_NE(F, nullptr) << Name.str();
    return F ? Index->reasonFor(F) : nullptr;
  }

  std::unique_ptr<ASTUnit> AST;
  ModelSet Models;
  HotnessOptions Opts;
  std::unique_ptr<HotFunctionIndex> Index;
};

TEST_F(HotFunctionsTest, RegisteredFunctionIsHot) {
  build("void onGet(int) {}\n"
        "int main() { web::Server s; s.route(\"/\", onGet); }");
  const HotReason *R = reason("onGet");
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->K, HotReason::Kind::Registered);
  EXPECT_EQ(R->Via, "web::Server::route");
  EXPECT_EQ(R->Description, "a route handler");
  EXPECT_EQ(reason("main"), nullptr);
}

TEST_F(HotFunctionsTest, SequentialRegistrationIsRecorded) {
  build("void onGet(int) {}\nvoid onTick(int) {}\n"
        "int main() { web::Server s; s.route(\"/\", onGet);\n"
        "             loop::onTimer(onTick); }");
  const HotReason *Tick = reason("onTick");
  ASSERT_NE(Tick, nullptr);
  EXPECT_EQ(Tick->K, HotReason::Kind::Registered);
  EXPECT_TRUE(Tick->Sequential);
  const HotReason *Get = reason("onGet");
  ASSERT_NE(Get, nullptr);
  EXPECT_FALSE(Get->Sequential);
}

TEST_F(HotFunctionsTest, RegisteredLambdaIsHot) {
  build(
      "int main() { web::Server s; auto h = [](int) {}; s.route(\"/\", h); }");
  auto Lambdas = match(lambdaExpr().bind("l"), AST->getASTContext());
  ASSERT_EQ(Lambdas.size(), 1u);
  const auto *L = Lambdas[0].getNodeAs<LambdaExpr>("l");
  const HotReason *R = Index->reasonFor(L->getCallOperator());
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->K, HotReason::Kind::Registered);
}

TEST_F(HotFunctionsTest, CallInLoopAndChainKeepEvidence) {
  build("void leaf() {}\nvoid mid() { leaf(); }\n"
        "void once() {}\n"
        "int main() { once(); for (int i = 0; i < 3; ++i) mid(); }");
  const HotReason *Mid = reason("mid");
  ASSERT_NE(Mid, nullptr);
  EXPECT_EQ(Mid->K, HotReason::Kind::CalledInLoop);
  EXPECT_NE(Mid->Loop, nullptr);
  EXPECT_EQ(Mid->Caller, function("main"));
  const HotReason *Leaf = reason("leaf");
  ASSERT_NE(Leaf, nullptr);
  EXPECT_EQ(Leaf->K, HotReason::Kind::CalledFromHot);
  EXPECT_EQ(Leaf->Caller, function("mid"));
  auto Chain = Index->evidenceChain(function("leaf"));
  ASSERT_EQ(Chain.size(), 2u);
  EXPECT_EQ(Chain[1].first, function("mid"));
  EXPECT_EQ(reason("once"), nullptr);
}

TEST_F(HotFunctionsTest, DepthIsBounded) {
  HotnessOptions Options;
  Options.MaxCallDepth = 2;
  build("void d3() {}\nvoid d2() { d3(); }\nvoid d1() { d2(); }\n"
        "[[gnu::hot]] void seed() { d1(); }",
        Options);
  EXPECT_NE(reason("seed"), nullptr);
  EXPECT_NE(reason("d1"), nullptr);
  EXPECT_NE(reason("d2"), nullptr);
  EXPECT_EQ(reason("d3"), nullptr);
}

TEST_F(HotFunctionsTest, ColdFunctionsAndMainAreNeverHot) {
  build("[[gnu::cold]] void report() {}\n"
        "void work() { report(); }\n"
        "int main() { for (;;) work(); }");
  EXPECT_NE(reason("work"), nullptr);
  EXPECT_EQ(reason("report"), nullptr);
  EXPECT_EQ(reason("main"), nullptr);
}

TEST_F(HotFunctionsTest, OverridesAndPerRequestParameters) {
  build("struct Mine : web::Handler { void handle(int) override {} };\n"
        "struct Svc : rpc::Service { void call(rpc::ServerContext *) override "
        "{} };\n"
        "struct Plain { void handle(int) {} };");
  const HotReason *Handle = Index->reasonFor(
      match(
          cxxMethodDecl(hasName("handle"), ofClass(hasName("Mine"))).bind("f"),
          AST->getASTContext())[0]
          .getNodeAs<FunctionDecl>("f"));
  ASSERT_NE(Handle, nullptr);
  EXPECT_EQ(Handle->K, HotReason::Kind::Overrides);
  const HotReason *Call = reason("call");
  ASSERT_NE(Call, nullptr);
  EXPECT_EQ(Call->K, HotReason::Kind::ServiceMethod);
  EXPECT_EQ(Index->reasonFor(match(cxxMethodDecl(hasName("handle"),
                                                 ofClass(hasName("Plain")))
                                       .bind("f"),
                                   AST->getASTContext())[0]
                                 .getNodeAs<FunctionDecl>("f")),
            nullptr);
}

TEST_F(HotFunctionsTest, UserOptionsAddHotFunctions) {
  HotnessOptions Options;
  Options.HotFunctionPattern = "^on[A-Z].*";
  Options.ExtraRegistrations = {"subscribe"};
  build("void subscribe(void (*)());\nvoid tick() {}\nvoid onTimer() {}\n"
        "int main() { subscribe(tick); }",
        Options);
  ASSERT_NE(reason("onTimer"), nullptr);
  EXPECT_EQ(reason("onTimer")->K, HotReason::Kind::NamePattern);
  ASSERT_NE(reason("tick"), nullptr);
  EXPECT_EQ(reason("tick")->K, HotReason::Kind::Registered);
}

TEST_F(HotFunctionsTest, RecursionTerminates) {
  build("void b(int);\nvoid a(int n) { if (n) b(n - 1); }\n"
        "void b(int n) { if (n) a(n - 1); }\n"
        "int main() { while (true) a(3); }");
  EXPECT_NE(reason("a"), nullptr);
  EXPECT_NE(reason("b"), nullptr);
}

} // namespace

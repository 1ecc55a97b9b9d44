//===--- ModelLoaderTest.cpp - Reading and looking up model files ---------===//

#include "Models/ModelLoader.h"
#include "gtest/gtest.h"

using namespace resource_tidy;

namespace {

ModelFile parseOk(llvm::StringRef Text) {
  llvm::Expected<ModelFile> File = parseModelFile(Text, "test.yaml");
  if (!File) {
    ADD_FAILURE() << llvm::toString(File.takeError());
    return {};
  }
  return std::move(*File);
}

std::string parseError(llvm::StringRef Text) {
  llvm::Expected<ModelFile> File = parseModelFile(Text, "bad.yaml");
  if (File)
    return "<parsed>";
  return llvm::toString(File.takeError());
}

const char *const Minimal = R"(version: 1
library: demo
resources:
  - id: demo.conn
    type: demo_conn
    kind: connection
    cost: expensive
    cost_reason: opens a socket
    acquire: [{call: demo_open}, {call: "demo_open_at", value: "*arg1"}]
    release: [{call: demo_close}]
)";

TEST(ModelLoaderTest, EveryBuiltinModelParses) {
  ASSERT_FALSE(builtinModelTexts().empty());
  for (const BuiltinModelText &Builtin : builtinModelTexts()) {
    llvm::Expected<ModelFile> File =
        parseModelFile(Builtin.Text, Builtin.FileName);
    EXPECT_TRUE(static_cast<bool>(File))
        << Builtin.FileName.str() << ": "
        << (File ? "" : llvm::toString(File.takeError()));
  }
}

TEST(ModelLoaderTest, BuiltinsCoverTheRequiredLibraries) {
  std::vector<std::string> Errors;
  auto Models = loadModels({}, Errors);
  EXPECT_TRUE(Errors.empty());
  for (const char *Id : {"hiredis.context", "libpq.connection"}) {
    EXPECT_NE(Models->findById(Id), nullptr) << Id;
  }
  std::set<std::string> Libraries;
  for (const auto &R : Models->resources())
    Libraries.insert(R->Library);
  for (const char *Lib : {"hiredis",   "redis-plus-plus",
                          "libpq",     "libpqxx",
                          "mysql",     "mongoc",
                          "mongocxx",  "grpc",
                          "rdkafka",   "rdkafkacpp",
                          "memcached", "curl",
                          "sqlite3",   "sqlitecpp",
                          "zmq",       "httplib",
                          "poco",      "soci",
                          "rabbitmq",  "nats",
                          "cassandra", "aws"})
    EXPECT_TRUE(Libraries.count(Lib)) << Lib;
}

TEST(ModelLoaderTest, DefaultsFollowTheList) {
  ModelFile File = parseOk(Minimal);
  ASSERT_EQ(File.Resources.size(), 1u);
  const ResourceModel &R = File.Resources[0];
  EXPECT_EQ(R.Acquire[0].Value, ValueRef::returned());
  EXPECT_EQ(R.Acquire[1].Value, ValueRef::argPointee(1));
  EXPECT_EQ(R.Release[0].Value, ValueRef::arg(0));
  EXPECT_EQ(R.PerCallCost, Cost::Expensive);
  EXPECT_EQ(R.OnFailure, FailureMode::Null);
}

TEST(ModelLoaderTest, LookupByName) {
  ModelSet Models;
  Models.add(parseOk(Minimal));
  ASSERT_EQ(Models.findAcquire("demo_open").size(), 1u);
  EXPECT_EQ(Models.findAcquire("::demo_open").size(), 1u);
  EXPECT_TRUE(Models.findAcquire("demo_close").empty());
  ASSERT_EQ(Models.findRelease("demo_close").size(), 1u);
  EXPECT_EQ(Models.findRelease("demo_close")[0].Resource->Library, "demo");
}

TEST(ModelLoaderTest, RegexNamesMatchTheWholeName) {
  EXPECT_TRUE(nameMatches("regex:Aws::.*::.*Client", "Aws::S3::S3Client"));
  EXPECT_FALSE(nameMatches("regex:Aws::.*::.*Client", "Aws::S3::S3ClientX"));
  EXPECT_TRUE(nameMatches("::grpc::CreateChannel", "grpc::CreateChannel"));
  EXPECT_FALSE(nameMatches("grpc::CreateChannel", "grpc::CreateChannelX"));
}

TEST(ModelLoaderTest, LaterFilesOverrideById) {
  ModelSet Models;
  Models.add(parseOk(Minimal));
  std::string Override = Minimal;
  Override.replace(Override.find("cost: expensive"), 15, "cost: cheap");
  Models.add(parseOk(Override));
  ASSERT_EQ(Models.resources().size(), 1u);
  EXPECT_EQ(Models.resources()[0]->PerCallCost, Cost::Cheap);
}

TEST(ModelLoaderTest, DisabledBuiltinsAreNotLoaded) {
  std::vector<std::string> Errors;
  ModelOptions Options;
  Options.DisabledBuiltins = {"hiredis"};
  auto Models = loadModels(Options, Errors);
  EXPECT_EQ(Models->findById("hiredis.context"), nullptr);
  EXPECT_NE(Models->findById("libpq.connection"), nullptr);
  Options.DisabledBuiltins = {"*"};
  EXPECT_TRUE(loadModels(Options, Errors)->resources().empty());
}

TEST(ModelLoaderTest, UnknownKeyNamesFileLineAndKey) {
  std::string Text = Minimal;
  Text.replace(Text.find("    cost: expensive"), 19, "    colour: blue");
  std::string Error = parseError(Text);
  EXPECT_NE(Error.find("bad.yaml:7:5"), std::string::npos) << Error;
  EXPECT_NE(Error.find("unknown key 'colour'"), std::string::npos) << Error;
}

TEST(ModelLoaderTest, BadValuesAreReported) {
  EXPECT_NE(parseError("version: 2\nlibrary: x\n").find("version 2"),
            std::string::npos);
  EXPECT_NE(parseError("library: x\n").find("missing required key 'version'"),
            std::string::npos);
  std::string BadKind = Minimal;
  BadKind.replace(BadKind.find("kind: connection"), 16, "kind: socket");
  EXPECT_NE(parseError(BadKind).find("unknown enumerated scalar"),
            std::string::npos);
  std::string BadValue = Minimal;
  BadValue.replace(BadValue.find("\"*arg1\""), 7, "\"arg\"");
  EXPECT_NE(parseError(BadValue).find("expected 'return', 'this'"),
            std::string::npos);
  EXPECT_NE(parseError("version: 1\nlibrary: x\nresources: [{id: a, type: t, "
                       "kind: client, acquire: [{call: f, construct: C}]}]\n")
                .find("exactly one of 'call' and 'construct'"),
            std::string::npos);
  std::string BadStatus = Minimal;
  BadStatus.replace(BadStatus.find("{call: demo_open}"), 17,
                    "{call: demo_open, status: arg1}");
  EXPECT_NE(parseError(BadStatus).find("'status' must be an out-parameter"),
            std::string::npos);
  EXPECT_NE(parseError("[1, 2").find("bad.yaml:1:"), std::string::npos);
  EXPECT_NE(parseError("").find("bad.yaml"), std::string::npos);
}

TEST(ModelLoaderTest, DuplicateIdsAndDanglingLeasesAreErrors) {
  std::string Twice = std::string(Minimal) +
                      "  - id: demo.conn\n    type: t\n    kind: client\n"
                      "    acquire: [{call: g}]\n";
  EXPECT_NE(parseError(Twice).find("defined twice"), std::string::npos);
  EXPECT_NE(parseError("version: 1\nlibrary: x\nresources: [{id: p, type: t, "
                       "kind: pool, acquire: [{call: f}], lease: {of: nope, "
                       "take: [{call: t}], give: [{call: g}]}}]\n")
                .find("unknown resource 'nope'"),
            std::string::npos);
  EXPECT_NE(parseError("version: 1\nlibrary: x\nresources: [{id: p, type: t, "
                       "kind: client, acquire: [{call: f}], lease: {"
                       "take: [{call: t}], give: [{call: g}]}}]\n")
                .find("is not a pool"),
            std::string::npos);
}

TEST(ModelLoaderTest, UnreadableExtraFileIsReported) {
  std::vector<std::string> Errors;
  ModelOptions Options;
  Options.ExtraFiles = {"/nonexistent/models.yaml"};
  loadModels(Options, Errors);
  ASSERT_EQ(Errors.size(), 1u);
  EXPECT_NE(Errors[0].find("/nonexistent/models.yaml: cannot read"),
            std::string::npos);
}

} // namespace

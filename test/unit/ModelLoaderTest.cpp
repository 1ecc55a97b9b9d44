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

TEST(ModelLoaderTest, InPlaceArgumentIsRead) {
  std::string Text = Minimal;
  Text.replace(Text.find("{call: demo_open}"), 17,
               "{call: demo_open, in_place: arg0}");
  ModelFile File = parseOk(Text);
  ASSERT_EQ(File.Resources.size(), 1u);
  const ResourceModel &R = File.Resources[0];
  ASSERT_TRUE(R.Acquire[0].InPlace.has_value());
  EXPECT_EQ(*R.Acquire[0].InPlace, ValueRef::arg(0));
  EXPECT_EQ(R.Acquire[0].Value, ValueRef::returned());
  EXPECT_FALSE(R.Acquire[1].InPlace.has_value());
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
  EXPECT_NE(parseError(BadKind).find(
                "bad.yaml:6:11: expected 'client', 'connection', 'pool', "
                "'factory', 'process-init' or 'child'"),
            std::string::npos)
      << parseError(BadKind);
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
  std::string BadInPlace = Minimal;
  BadInPlace.replace(BadInPlace.find("{call: demo_open}"), 17,
                     "{call: demo_open, in_place: \"*arg0\"}");
  EXPECT_NE(parseError(BadInPlace).find("'in_place' names an argument"),
            std::string::npos);
  EXPECT_NE(parseError("[1, 2").find("bad.yaml:1:"), std::string::npos);
  // A broken '%YAML' directive gives an error without a location (found by
  // the fuzzer): it still names the file.
  EXPECT_EQ(parseError("v: d\n%YAML d\n%YA...ML").rfind("bad.yaml", 0), 0u);
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

TEST(ModelLoaderTest, EnumErrorsListTheValues) {
  std::string BadCost = Minimal;
  BadCost.replace(BadCost.find("cost: expensive"), 15, "cost: 3");
  EXPECT_NE(parseError(BadCost).find(
                "bad.yaml:7:11: expected 'cheap', 'moderate' or 'expensive'"),
            std::string::npos)
      << parseError(BadCost);
  std::string BadFailure = Minimal;
  BadFailure.replace(BadFailure.find("    cost: expensive"), 19,
                     "    on_failure: crash");
  EXPECT_NE(
      parseError(BadFailure)
          .find("expected 'null', 'handle', 'throws', 'status' or 'never'"),
      std::string::npos)
      << parseError(BadFailure);
}

/// A model file whose only resource has \p Extra as further keys.
std::string withResourceKeys(llvm::StringRef Extra) {
  return ("version: 1\nlibrary: x\nresources:\n  - {id: p, type: t, kind: "
          "pool, acquire: [{call: f}]" +
          Extra + "}\n")
      .str();
}

TEST(ModelLoaderTest, EveryNamePatternIsChecked) {
  for (std::string Text :
       {withResourceKeys(", release: [{call: \"regex:(a\"}]"),
        withResourceKeys(", freed_after_callbacks: [\"regex:(a\"]"),
        withResourceKeys(", lease: {take: [{call: \"regex:(a\"}], give: []}"),
        std::string("version: 1\nlibrary: x\nresources:\n  - {id: p, type: "
                    "\"regex:(a\", kind: pool, acquire: [{call: f}]}\n"),
        std::string("version: 1\nlibrary: x\nhandlers: [{parameter: "
                    "\"regex:(a\", description: d}]\n"),
        std::string("version: 1\nlibrary: x\nhandlers: [{overrides: "
                    "\"regex:(a\", description: d}]\n"),
        std::string(
            "version: 1\nlibrary: x\nmake_functions: [\"regex:(a\"]\n")})
    EXPECT_NE(parseError(Text).find("invalid regular expression '(a': "
                                    "parentheses not balanced"),
              std::string::npos)
        << Text << "\n"
        << parseError(Text);
}

// Inputs that crashed the loader (found by test/fuzz/ModelLoaderFuzzer or
// by hand); each must give an error that names the file instead.
TEST(ModelLoaderTest, HostileFilesGiveErrorsNotCrashes) {
  struct Case {
    std::string Text;
    const char *Error;
  };
  const std::string Deep(200000, '[');
  const char WithNul[] = "version: 1\nlib\0rary: a\n";
  const Case Cases[] = {
      // The second document does not parse, so it has no root.
      {"version: 1\nlibrary: a\n---\nversi\xdbn: 1\nlibrary: b\n", "bad.yaml:"},
      // LLVM's YAML I/O recursed once per level and overflowed the stack.
      {"version: 1\nlibrary: a\nrefs: " + Deep + std::string(200000, ']'),
       "bad.yaml:3:"},
      {"version: 1\nlibrary: a\nrefs:\n" +
           [] {
             std::string Dashes;
             for (int I = 0; I < 100000; ++I)
               Dashes += "- ";
             return Dashes;
           }() +
           "x\n",
       "a model file nests at most 64 levels deep"},
      // llvm::Regex recursed once per group and overflowed the stack.
      {withResourceKeys(
           ", release: [{call: \"regex:" + std::string(100000, '(') +
           std::string(100000, ')') + "\"}]"),
       "more than 256 groups"},
      {"version: 1\nlibrary: a\nrefs: [" + std::string(100, '[') +
           std::string(101, ']'),
       "bad.yaml:3:"},
      {"version: 1\nlibrary: *a\n",
       "bad.yaml:2:10: model files cannot use YAML aliases; quote a value "
       "that starts with '*', as in \"*arg1\""},
      {std::string(WithNul, sizeof(WithNul) - 1),
       "bad.yaml:2:4: a model file is text; this one holds a NUL byte"},
  };
  for (const Case &C : Cases) {
    std::string Error = parseError(C.Text);
    EXPECT_NE(Error.find(C.Error), std::string::npos)
        << C.Text.substr(0, 80) << "\n"
        << Error.substr(0, 200);
  }
}

TEST(ModelLoaderTest, RegexProblems) {
  EXPECT_EQ(regexProblem("a(b|c)*"), "");
  EXPECT_EQ(regexProblem("(a"), "parentheses not balanced");
  EXPECT_EQ(regexProblem(std::string(300, '(') + std::string(300, ')')),
            "more than 256 groups");
  EXPECT_EQ(namePatternProblem("plain::name(("), "");
  EXPECT_EQ(namePatternProblem("regex:[a"),
            "invalid regular expression '[a': brackets ([ ]) not balanced");
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

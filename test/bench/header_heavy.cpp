// Benchmark input: a header-heavy service file. It includes the real Debian
// headers of gRPC++, cpp-httplib, libpq, hiredis and curl, as a service's
// main file does, and defines only a few functions. Most of the parse is the
// headers, which the resource-* checks must not walk.
#include <curl/curl.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/codegen/service_type.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <postgresql/libpq-fe.h>

#include <memory>
#include <mutex>
#include <string>

// The shape protoc's gRPC plugin generates for
// `service Ledger { rpc Greet(Name) returns (Greeting); rpc Count(...) }`.
namespace ledger {
struct Name { std::string Value; };
struct Greeting { std::string Text; };
struct Empty {};
struct Total { long Count = 0; };
namespace Ledger {
class Service : public ::grpc::Service {
public:
  Service();
  virtual ~Service();
  virtual ::grpc::Status Greet(::grpc::ServerContext *, const Name *,
                               Greeting *);
  virtual ::grpc::Status Count(::grpc::ServerContext *, const Empty *,
                               Total *);
};
} // namespace Ledger
} // namespace ledger

static std::shared_ptr<grpc::Channel> backendChannel() {
  static std::shared_ptr<grpc::Channel> Channel = grpc::CreateChannel(
      "translate:50051", grpc::InsecureChannelCredentials());
  return Channel;
}

static redisContext *sessionStore() {
  static thread_local redisContext *Context = redisConnect("127.0.0.1", 6379);
  return Context;
}

class LedgerImpl final : public ledger::Ledger::Service {
  ::grpc::Status Count(::grpc::ServerContext *, const ledger::Empty *,
                       ledger::Total *Reply) override {
    Reply->Count = 42;
    return ::grpc::Status::OK;
  }

  ::grpc::Status Greet(::grpc::ServerContext *, const ledger::Name *Request,
                       ledger::Greeting *Reply) override {
    // A new database connection for every RPC: resource-per-call-client.
    PGconn *Db = PQconnectdb("dbname=greetings");
    if (PQstatus(Db) != CONNECTION_OK) {
      PQfinish(Db);
      return ::grpc::Status::CANCELLED;
    }
    PGresult *Res = PQexec(Db, "SELECT greeting FROM templates LIMIT 1");
    std::string Greeting =
        PQntuples(Res) > 0 ? PQgetvalue(Res, 0, 0) : std::string("Hello");
    PQclear(Res);
    PQfinish(Db);
    auto *Reply2 = static_cast<redisReply *>(
        redisCommand(sessionStore(), "INCR greeted:%s", Request->Value.c_str()));
    freeReplyObject(Reply2);
    Reply->Text = Greeting + ", " + Request->Value;
    return backendChannel() ? ::grpc::Status::OK : ::grpc::Status::CANCELLED;
  }
};

static bool fetchConfig(std::string &Out) {
  CURL *Curl = curl_easy_init();
  if (!Curl)
    return false;
  curl_easy_setopt(Curl, CURLOPT_URL, "http://config.local/greeter");
  CURLcode Code = curl_easy_perform(Curl);
  curl_easy_cleanup(Curl);
  Out = Code == CURLE_OK ? "ok" : "default";
  return Code == CURLE_OK;
}

int main() {
  std::string Config;
  fetchConfig(Config);
  httplib::Server Health;
  Health.Get("/healthz", [](const httplib::Request &, httplib::Response &Res) {
    Res.set_content("ok", "text/plain");
  });
  LedgerImpl Service;
  grpc::ServerBuilder Builder;
  Builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  Builder.RegisterService(&Service);
  std::unique_ptr<grpc::Server> Server = Builder.BuildAndStart();
  Health.listen("0.0.0.0", 8080);
  Server->Wait();
}

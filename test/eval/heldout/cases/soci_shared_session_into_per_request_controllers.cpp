// SOURCE: github.com/nepridumalnik/rest commit 877f535 src/rest/rest_server.cpp + src/rest/http/request_handler.cpp + controllers/users_controller.cpp (RestServer's constructor makes one std::make_shared<soci::session>(soci::sqlite3, DefaultDB); the Poco HTTPRequestHandlerFactory::createRequestHandler override returns `new UsersController{sql_}` per request, whose constructor wraps the shared session in a new UsersTable)
// LIBRARY: soci
// SHAPE: negative - per-request objects (controller, table wrapper) are built in a Poco factory override, but they only share the session made once in the server's constructor
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <soci/soci.h>
#include <memory>
#include <string>

static const std::string DefaultDB = "default_base.db";

class UsersTable {
 public:
  explicit UsersTable(std::shared_ptr<soci::session> session) : session_(std::move(session)) {}
  int count() {
    int n = 0;
    *session_ << "select count(*) from users", soci::into(n);
    return n;
  }
 private:
  std::shared_ptr<soci::session> session_;
};

class UsersController : public Poco::Net::HTTPRequestHandler {
 public:
  explicit UsersController(std::shared_ptr<soci::session> sql) : users_{std::make_shared<UsersTable>(sql)} {}
  void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override {
    (void)request;
    response.send() << users_->count();
  }
 private:
  std::shared_ptr<UsersTable> users_;
};

class RequestHandler : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit RequestHandler(std::shared_ptr<soci::session> sql) : sql_{sql} {}
  Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &request) override {
    const std::string requestedUri = request.getURI();
    if ("/users" == requestedUri) return new UsersController{sql_};
    return nullptr;
  }
 private:
  std::shared_ptr<soci::session> sql_;
};

class RestServer {
 public:
  explicit RestServer(std::shared_ptr<soci::session> sql = nullptr) : sql_(std::move(sql)) {
    if (!sql_) {
      sql_ = std::make_shared<soci::session>("sqlite3", ::DefaultDB);
    }
    requestHandler_ = std::make_shared<RequestHandler>(sql_);
  }
 private:
  std::shared_ptr<soci::session> sql_;
  std::shared_ptr<RequestHandler> requestHandler_;
};

int main() { RestServer server; }

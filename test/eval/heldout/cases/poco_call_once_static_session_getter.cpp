// SOURCE: code search result (repository not shown), namespace db: `Poco::Data::Session createSession(const std::string& connectionString) { ... sessionFactory.create(Poco::Data::MySQL::Connector::KEY, connectionString) ... }` and `Poco::Data::Session& getSession(const std::string& connectionString) { static std::once_flag onceFlag{}; std::call_once(onceFlag, [] { Poco::Data::MySQL::Connector::registerConnector(); ...` (excerpt cut there; the function-local static Session that follows is reconstructed); the request handler that calls getSession is rendered
// LIBRARY: poco
// SHAPE: negative - Session created once by a function-local static initialiser after a std::call_once; the HTTP handler override calls the getter on every request
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionFactory.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <mutex>
#include <string>

using namespace Poco::Data::Keywords;

namespace db {
namespace {
Poco::Data::Session createSession(const std::string &connectionString) {
  Poco::Data::SessionFactory &sessionFactory{Poco::Data::SessionFactory::instance()};
  Poco::Data::Session session{sessionFactory.create("MySQL", connectionString)};
  return session;
}
}  // namespace

Poco::Data::Session &getSession(const std::string &connectionString) {
  static std::once_flag onceFlag{};
  std::call_once(onceFlag, [] { /* Poco::Data::MySQL::Connector::registerConnector(); */ });
  static Poco::Data::Session session{createSession(connectionString)};
  return session;
}
}  // namespace db

class CountHandler : public Poco::Net::HTTPRequestHandler {
 public:
  void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override {
    (void)request;
    int n = 0;
    db::getSession("host=localhost;user=app;db=app") << "SELECT COUNT(*) FROM items", into(n), now;
    response.send() << n;
  }
};

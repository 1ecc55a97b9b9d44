// SOURCE: github.com/Braun-Alex/pet-adoption back-end/handlers/initializers/initializers.cpp + initializers.h (SessionPoolManager owns a std::unique_ptr<SessionPool> built in its constructor; getSessionPoolManager() returns a function-local static Poco::SingletonHolder; connectedToDatabase() takes `Session session = getSessionPoolManager().getPool().get();` per ping request)
// LIBRARY: poco
// SHAPE: negative - pool built once inside a SingletonHolder-managed object; request handlers only lease a Session from it
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/SingletonHolder.h>
#include <memory>
#include <string>

using namespace Poco::Data;
using namespace Poco::Data::Keywords;
using namespace Poco::Net;

class SessionPoolManager {
 public:
  static void setConfigPath(const std::string &path) { _configPath = path; }
  SessionPoolManager();
  Poco::Data::SessionPool &getPool();

 private:
  static std::string _configPath;
  std::unique_ptr<Poco::Data::SessionPool> _pool;
  static std::unique_ptr<Poco::Data::SessionPool> initPool(const std::string &configPath);
  friend class Poco::SingletonHolder<SessionPoolManager>;
};

std::string SessionPoolManager::_configPath;

SessionPoolManager::SessionPoolManager() : _pool(initPool(_configPath)) {}

SessionPool &SessionPoolManager::getPool() { return *_pool; }

std::unique_ptr<Poco::Data::SessionPool> SessionPoolManager::initPool(const std::string &configPath) {
  std::string connectionData = "host=db port=5432 user=pets password=pets dbname=pets";
  (void)configPath;
  return std::make_unique<Poco::Data::SessionPool>("PostgreSQL", connectionData);
}

SessionPoolManager &getSessionPoolManager() {
  static Poco::SingletonHolder<SessionPoolManager> sh;
  return *sh.get();
}

bool connectedToDatabase() {
  Session session = getSessionPoolManager().getPool().get();
  try {
    std::size_t result = 0;
    session << "SELECT 3", into(result), now;
    return result == 3;
  } catch (const Poco::Exception &) {
    return false;
  }
}

class PingRequestHandler : public HTTPRequestHandler {
 public:
  void handleRequest(HTTPServerRequest &request, HTTPServerResponse &response) override {
    (void)request;
    response.setStatus(connectedToDatabase() ? HTTPResponse::HTTP_OK : HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
    response.send() << "pong";
  }
};

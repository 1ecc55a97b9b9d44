// SOURCE: code search result (repository not shown), RGT::Auth LoginHandler.h (`using RedisClientObjectPool = Poco::ObjectPool<Poco::Redis::Client, Poco::Redis::Client::Ptr>; LoginHandler(Poco::Data::SessionPool & sessionPool, RedisClientObjectPool & redisPool)` - an HTTPRequestHandler created per request holding both pools by reference); handleRequest body reconstructed with Poco's RAII leases
// LIBRARY: poco
// SHAPE: negative - per-request handler takes a Redis client through PooledConnection (RAII borrow/return) and a Session from a SessionPool passed in by reference
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/ObjectPool.h>
#include <Poco/Redis/Client.h>
#include <Poco/Redis/Command.h>
#include <Poco/Redis/PoolableConnectionFactory.h>
#include <string>

using namespace Poco::Data::Keywords;

namespace RGT::Auth {

class LoginHandler : public Poco::Net::HTTPRequestHandler {
 public:
  using RedisClientObjectPool = Poco::ObjectPool<Poco::Redis::Client, Poco::Redis::Client::Ptr>;

  LoginHandler(Poco::Data::SessionPool &sessionPool, RedisClientObjectPool &redisPool)
      : sessionPool_{sessionPool}, redisPool_{redisPool} {}

  void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override {
    std::string user = request.get("X-User", "");
    int uid = 0;
    Poco::Data::Session session = sessionPool_.get();
    session << "SELECT id FROM users WHERE name = ?", into(uid), use(user), now;

    Poco::Redis::PooledConnection pooled(redisPool_);
    Poco::Redis::Command set = Poco::Redis::Command::set("session:" + std::to_string(uid), "1");
    static_cast<Poco::Redis::Client::Ptr>(pooled)->execute<std::string>(set);
    response.send() << uid;
  }

 private:
  Poco::Data::SessionPool &sessionPool_;
  RedisClientObjectPool &redisPool_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Factory(Poco::Data::SessionPool &s, LoginHandler::RedisClientObjectPool &r) : s_(s), r_(r) {}
  Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override {
    return new LoginHandler(s_, r_);
  }
 private:
  Poco::Data::SessionPool &s_;
  LoginHandler::RedisClientObjectPool &r_;
};

}  // namespace RGT::Auth

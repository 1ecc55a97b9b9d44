// SOURCE: public GitHub file DBService.cpp of a game server (DBService::Connect: `Poco::Data::Session* pSession = new Poco::Data::Session(...)` inside a try block, the pointer never kept; search-index id 13338126527; the index does not name its repository)
// LIBRARY: poco
// SHAPE: positive - (hard) rendered with a SessionPool: the connect check takes a pooled session into a heap-allocated Session that is never deleted, so the pooled connection never goes back (a Session from SessionPool::get gives itself back only when destroyed; the docs do not follow raii takes)
// FLAGS:
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>

#include <iostream>
#include <string>

class DBService {
public:
  explicit DBService(Poco::Data::SessionPool &Pool) : _pool(Pool) {}
  bool Connect();

private:
  Poco::Data::SessionPool &_pool;
};

bool DBService::Connect() {
  try {
    Poco::Data::Session *pSession = new Poco::Data::Session(_pool.get()); // EXPECT-WARN
    if (!pSession->isConnected()) {
      std::cerr << "[DB] pooled session is not connected\n";
      return false;
    }
  } catch (Poco::Data::ConnectionFailedException &ex) {
    std::cerr << "[DB] Connect Failed Cause\n" << ex.displayText() << "\n";
    return false;
  }
  return true;
}

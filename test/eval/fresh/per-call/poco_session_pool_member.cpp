// SOURCE: public GitHub file (AWS-mock Database class; search-index id 28180227167; the index does not name its repository)
// LIBRARY: poco
// SHAPE: negative - the constructor creates one SessionPool stored in a member; per-request methods lease sessions from it with get()
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>

#include <string>

class Database {
 public:
  explicit Database(const std::string &dbFile) : _dbFile(dbFile) {
    // Create session pool
    _sessionPool = new Poco::Data::SessionPool("SQLite", _dbFile);
  }
  ~Database() { delete _sessionPool; }

  bool ServiceExists(const std::string &service) {
    int count = 0;
    Poco::Data::Session session = _sessionPool->get();
    session << "SELECT count(*) FROM service WHERE name=?", Poco::Data::Keywords::bind(service),
        Poco::Data::Keywords::into(count), Poco::Data::Keywords::now;
    return count > 0;
  }

 private:
  std::string _dbFile;
  Poco::Data::SessionPool *_sessionPool;
};

// SOURCE: github.com/DraconPern/fmdscp src/dbpool.h + src/httpserver.cpp at HEAD (class DBPool : public Poco::Data::SessionPool with `Poco::Data::Session get() { return Poco::Data::SessionPool::get(); }`; each HttpServer route does `Poco::Data::Session dbconnection(dbpool.get());`; routes are registered in the Simple-Web-Server resource map)
// LIBRARY: poco
// SHAPE: negative - every route copy-constructs a Session from a lease returned by a user subclass of SessionPool; the Session returns to the pool when it is destroyed
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace Poco::Data::Keywords;

struct config {
  static std::string getConnectionString() { return "host=mysql;port=3306;user=root;password=root;db=test"; }
};

class DBPool : public Poco::Data::SessionPool {
 public:
  DBPool() : SessionPool("mysql", config::getConnectionString()) {}
  // Poco::Data::Session get() { return Poco::Data::Session("mysql", config::getConnectionString()); };
  Poco::Data::Session get() { return Poco::Data::SessionPool::get(); };
};

struct Request { std::vector<std::string> path_match; };
struct Response { void write(const std::string &s); };
using Handler = std::function<void(std::shared_ptr<Response>, std::shared_ptr<Request>)>;

class HttpServer {
 public:
  explicit HttpServer(DBPool &dbpool) : dbpool(dbpool) {
    resource["^/api/studies/([0123456789\\.]+)"]["GET"] = [this](std::shared_ptr<Response> r, std::shared_ptr<Request> q) { StudyInfo(r, q); };
  }
  void StudyInfo(std::shared_ptr<Response> response, std::shared_ptr<Request> request) {
    std::string studyinstanceuid = request->path_match[1];
    Poco::Data::Session dbconnection(dbpool.get());
    std::vector<int> ids;
    Poco::Data::Statement select(dbconnection);
    select << "SELECT id FROM patient_studies WHERE StudyInstanceUID = ?", into(ids), use(studyinstanceuid);
    select.execute();
    response->write(std::to_string(ids.size()));
  }
  std::map<std::string, std::map<std::string, Handler>> resource;

 private:
  DBPool &dbpool;
};

int main() {
  DBPool dbpool;
  HttpServer server(dbpool);
  (void)server;
}

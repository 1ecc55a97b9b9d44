// SOURCE: nicehero/MongoHpp, MongoConnectionPool::init in its header-only wrapper (search-index id 4704891610)
// LIBRARY: mongoc
// SHAPE: positive - a pool wrapper's init pops a client to ping the server; the failed ping pushes it back and returns false, but the successful path returns true still holding it, so every initialised pool starts one client short
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <cstdio>
#include <string>

#define nlogerr(...) std::fprintf(stderr, __VA_ARGS__)

namespace nicehero {

class MongoConnectionPool {
public:
  bool init(const std::string &mongoUrl, const std::string &dbname,
            int writeConcern = 1, const std::string &appName = std::string());

  mongoc_uri_t *m_url = nullptr;
  mongoc_client_pool_t *m_poolImpl = nullptr;

private:
  std::string m_dbname;
};

bool MongoConnectionPool::init(const std::string &mongoUrl,
                               const std::string &dbname, int writeConcern,
                               const std::string &appName) {
  m_url = mongoc_uri_new(mongoUrl.c_str());
  if (!m_url) {
    nlogerr("create mongo url err:%s", mongoUrl.c_str());
    return false;
  }
  if (appName != "") {
    if (!mongoc_uri_set_appname(m_url, appName.c_str())) {
      nlogerr("mongoc_uri_set_appname err:%s", appName.c_str());
      return false;
    }
  }
  auto write_concern = mongoc_write_concern_new();
  if (!write_concern) {
    nlogerr("mongoc_write_concern_new err");
    return false;
  }
  mongoc_write_concern_set_w(write_concern, writeConcern);
  mongoc_uri_set_write_concern(m_url, write_concern);
  mongoc_write_concern_destroy(write_concern);
  m_poolImpl = mongoc_client_pool_new(m_url);
  if (!m_poolImpl) {
    nlogerr("mongoc_client_pool_new err");
    return false;
  }
  auto client = mongoc_client_pool_pop(m_poolImpl); // EXPECT-WARN
  if (!client) {
    nlogerr("mongoc_client_pool_new2 err");
    return false;
  }
  bson_t ping = BSON_INITIALIZER;
  bson_error_t error;
  bool r;
  BSON_APPEND_INT32(&ping, "ping", 1);

  r = mongoc_client_command_simple(client, "admin", &ping, NULL, NULL, &error);

  if (!r) {
    nlogerr("mongoc_client_pool_new3 %s", error.message);
    mongoc_client_pool_push(m_poolImpl, client);
    return false;
  }
  m_dbname = dbname;
  return true;
}

} // namespace nicehero

// SOURCE: public GitHub file of the VnV toolkit's MongoDB output engine (Mongo::getClient/returnClient and MongoClientWrapper; search-index id 11950906548; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - getClient pops a client and throws when the pool gives NULL, otherwise returns it; the wrapper returns its old client before taking a new one into its member and pushes the member back in its destructor (INJECTION_EXCEPTION_ replaced by std::runtime_error)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdexcept>
#include <string>

class Mongo {
  static mongoc_client_pool_t *pool;
  static mongoc_uri_t *muri;
  static bson_error_t error;

  Mongo(std::string uri, std::string name = "VnV") {
    mongoc_init();
    muri = mongoc_uri_new_with_error(uri.c_str(), &error);
    Mongo::pool = mongoc_client_pool_new(muri);
    mongoc_client_pool_set_appname(pool, name.c_str());
  }

  virtual ~Mongo() {
    mongoc_uri_destroy(muri);
    mongoc_client_pool_destroy(pool);
    mongoc_cleanup();
  }

public:
  static Mongo &instance(std::string uri) {
    static Mongo mongo(uri);
    return mongo;
  }

  mongoc_client_t *getClient() {
    auto c = mongoc_client_pool_pop(pool);
    if (!c) {
      throw std::runtime_error("Error Creating Mongo Client");
    }
    return c;
  }

  void returnClient(mongoc_client_t *client) {
    mongoc_client_pool_push(pool, client);
  }
};

mongoc_client_pool_t *Mongo::pool;
mongoc_uri_t *Mongo::muri;
bson_error_t Mongo::error;

class MongoClientWrapper {
private:
  mongoc_client_t *client = NULL;
  std::string uri;

public:
  void set(std::string nuri) {
    if (client) {
      Mongo::instance(uri).returnClient(client);
    }
    uri = nuri;
    client = Mongo::instance(uri).getClient();
  }

  MongoClientWrapper() {}

  mongoc_client_t *get() { return client; }

  ~MongoClientWrapper() {
    if (client) {
      Mongo::instance(uri).returnClient(client);
    }
  }
};

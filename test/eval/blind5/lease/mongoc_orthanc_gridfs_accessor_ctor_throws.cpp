// SOURCE: public GitHub file (Orthanc MongoDB GridFS storage plugin, Accessor constructor: client_ = mongoc_client_pool_pop(pool_); if (!client_) { Cleanup(); throw ... }; search-index id 36940103550; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the constructor pops into a member; the NULL branch throws with nothing taken, and a failing mongoc_client_get_gridfs calls Cleanup(), which pushes the member, before throwing
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdexcept>

class Accessor {
public:
  Accessor(mongoc_client_pool_t *pool, mongoc_uri_t *uri);
  virtual ~Accessor() { Cleanup(); }

private:
  void Cleanup();
  mongoc_client_pool_t *pool_;
  mongoc_uri_t *uri_;
  mongoc_client_t *client_ = nullptr;
  mongoc_gridfs_t *gridfs_ = nullptr;
};

void Accessor::Cleanup() {
  if (gridfs_) {
    mongoc_gridfs_destroy(gridfs_);
    gridfs_ = nullptr;
  }
  if (client_) {
    mongoc_client_pool_push(pool_, client_);
    client_ = nullptr;
  }
}

Accessor::Accessor(mongoc_client_pool_t *pool, mongoc_uri_t *uri)
    : pool_(pool), uri_(uri) {
  const char *database_name = mongoc_uri_get_database(uri_);
  if (!database_name) {
    Cleanup();
    throw std::runtime_error("cannot parse mongodb URI");
  }
  client_ = mongoc_client_pool_pop(pool_);
  if (!client_) {
    Cleanup();
    throw std::runtime_error("cannot initialize mongodb client");
  }
  gridfs_ = mongoc_client_get_gridfs(client_, database_name, nullptr, nullptr);
  if (!gridfs_) {
    Cleanup();
    throw std::runtime_error("cannot initialize mongoc gridfs");
  }
}

// SOURCE: public GitHub file (KnowRob knowrob/backend/mongo/Database.cpp: Database::Database pops into client_, ~Database pushes it; search-index id 12791338946; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the constructor pops into a data member and the destructor pushes it; a short-lived Database object is built per operation and the operation returns early on failure
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <string>
#include <string_view>

class Database {
public:
  Database(mongoc_client_pool_t *pool, std::string_view db_name);
  ~Database();
  Database(const Database &) = delete;
  Database &operator=(const Database &) = delete;
  bool create_index(const char *coll_name, const char *key);

private:
  mongoc_client_pool_t *pool_;
  mongoc_client_t *client_;
  mongoc_database_t *db_;
};

Database::Database(mongoc_client_pool_t *pool, std::string_view db_name)
    : pool_(pool) {
  client_ = mongoc_client_pool_pop(pool_);
  db_ = mongoc_client_get_database(client_, std::string(db_name).c_str());
}

Database::~Database() {
  mongoc_database_destroy(db_);
  mongoc_client_pool_push(pool_, client_);
}

bool Database::create_index(const char *coll_name, const char *key) {
  bson_t reply;
  bson_error_t err;
  bson_t *cmd = BCON_NEW("createIndexes", BCON_UTF8(coll_name), "indexes",
                         "[", "{", "key", "{", key, BCON_INT32(1), "}",
                         "name", BCON_UTF8(key), "}", "]");
  bool success = mongoc_database_write_command_with_opts(db_, cmd, nullptr,
                                                         &reply, &err);
  bson_destroy(cmd);
  bson_destroy(&reply);
  return success;
}

bool ensureTripleIndex(mongoc_client_pool_t *pool) {
  Database db(pool, "roslog");
  if (!db.create_index("triples", "subject"))
    return false;
  return db.create_index("triples", "object");
}

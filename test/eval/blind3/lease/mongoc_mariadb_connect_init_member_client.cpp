// SOURCE: public GitHub file storage/connect/mongofam.cpp of MariaDB's CONNECT engine (early MGOFAM::Init and MGOFAM::CloseTableFile; search-index id 23187529935; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the table access method pops a client into a data member during Init and returns "true" (error) when the collection cannot be opened; the client stays with the object, and CloseTableFile, which the engine runs on every opened table, pushes it back before destroying the pool (PGLOBAL and the CONNECT base class reduced)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <cstdio>

struct GLOBAL {
  char Message[256];
};
typedef GLOBAL *PGLOBAL;

class MGOFAM {
public:
  bool Init(PGLOBAL g);
  void CloseTableFile(PGLOBAL g, bool abort);

private:
  const char *uristr = nullptr;
  const char *db_name = nullptr;
  const char *coll_name = nullptr;
  mongoc_uri_t *Uri = nullptr;
  mongoc_client_pool_t *Pool = nullptr;
  mongoc_client_t *Client = nullptr;
  mongoc_collection_t *Collection = nullptr;
  mongoc_cursor_t *Cursor = nullptr;
  bson_t *Query = nullptr;
  bson_t *Opts = nullptr;
  bool Done = false;
};

bool MGOFAM::Init(PGLOBAL g) {
  if (Done)
    return false;

  Query = bson_new();
  Uri = mongoc_uri_new(uristr);

  if (!Uri) {
    std::sprintf(g->Message, "Failed to parse URI: \"%s\"", uristr);
    return true;
  } // endif Uri

  // Create a new client pool instance
  Pool = mongoc_client_pool_new(Uri);
  mongoc_client_pool_set_error_api(Pool, 2);
  mongoc_client_pool_set_appname(Pool, "Connect");

  // Create a new client instance
  Client = mongoc_client_pool_pop(Pool);

  if (!Client) {
    std::sprintf(g->Message, "Failed to get Client");
    return true;
  } // endif Client

  Collection = mongoc_client_get_collection(Client, db_name, coll_name);

  if (!Collection) {
    std::sprintf(g->Message, "Failed to get Collection %s.%s", db_name,
                 coll_name);
    return true;
  } // endif Collection

  Done = true;
  return false;
} // end of Init

void MGOFAM::CloseTableFile(PGLOBAL, bool) {
  if (Query)
    bson_destroy(Query);
  if (Opts)
    bson_destroy(Opts);
  if (Cursor)
    mongoc_cursor_destroy(Cursor);
  if (Collection)
    mongoc_collection_destroy(Collection);
  if (Client)
    mongoc_client_pool_push(Pool, Client);
  if (Pool)
    mongoc_client_pool_destroy(Pool);
  if (Uri)
    mongoc_uri_destroy(Uri);
  Done = false;
} // end of CloseTableFile

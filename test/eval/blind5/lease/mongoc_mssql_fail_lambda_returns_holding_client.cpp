// SOURCE: https://github.com/tediousjs/node-mssql/pull/153 ("Release connection to pool on query error": the error callback reported the failure but never released the connection; rendered with libmongoc in C++)
// LIBRARY: mongoc
// SHAPE: positive - rendered: a request handler defines a local 'fail' lambda that logs, fills the response and returns an error code, and every error branch does 'return fail(...)'; the lambda does not capture or push the client, so each failed query keeps a pooled client
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <string>

struct Response {
  int Status = 200;
  std::string Body;
};

int handleFindUser(mongoc_client_pool_t *Pool, const std::string &Id,
                   Response &Res) {
  auto fail = [&Res](int Status, const char *Msg) {
    MONGOC_WARNING("find user failed: %s", Msg);
    Res.Status = Status;
    Res.Body = Msg;
    return -1;
  };

  mongoc_client_t *Client = mongoc_client_pool_pop(Pool); // EXPECT-WARN
  mongoc_collection_t *Users =
      mongoc_client_get_collection(Client, "app", "users");
  bson_t *Filter = BCON_NEW("_id", BCON_UTF8(Id.c_str()));
  mongoc_cursor_t *Cursor =
      mongoc_collection_find_with_opts(Users, Filter, nullptr, nullptr);
  bson_destroy(Filter);
  mongoc_collection_destroy(Users);

  const bson_t *Doc;
  bson_error_t Error;
  if (!mongoc_cursor_next(Cursor, &Doc)) {
    bool Failed = mongoc_cursor_error(Cursor, &Error);
    mongoc_cursor_destroy(Cursor);
    if (Failed)
      return fail(500, Error.message);
    return fail(404, "no such user");
  }
  char *Json = bson_as_relaxed_extended_json(Doc, nullptr);
  Res.Body = Json;
  bson_free(Json);
  mongoc_cursor_destroy(Cursor);
  mongoc_client_pool_push(Pool, Client);
  return 0;
}

// SOURCE: public GitHub file (DEF_test(conn_mongo) in a proxy's unit tests; search-index id 36788723072; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - when the ping command fails the test logs and returns, still holding the client, the database and the collection; the normal path destroys all three (that end of the function is reconstructed)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <iostream>

void conn_mongo() {
  const char *uri_str = "mongodb://localhost:27017";
  mongoc_init();
  mongoc_client_t *client = mongoc_client_new(uri_str); // EXPECT-WARN
  mongoc_client_set_appname(client, "proxy");
  mongoc_database_t *db = mongoc_client_get_database(client, "db_name"); // EXPECT-WARN
  mongoc_collection_t *col = mongoc_client_get_collection(client, "db_name", "col_name"); // EXPECT-WARN
  bson_t *cmd = BCON_NEW("ping", BCON_INT32(1));
  bson_t reply;
  bson_error_t error;
  bool ret = mongoc_client_command_simple(client, "admin", cmd, NULL, &reply, &error);
  if (!ret) {
    std::cerr << "Error has been occurred: " << error.message;
    return;
  }
  char *result = bson_as_json(&reply, NULL);
  std::cout << result;
  bson_free(result);
  bson_destroy(&reply);
  bson_destroy(cmd);
  mongoc_collection_destroy(col);
  mongoc_database_destroy(db);
  mongoc_client_destroy(client);
  mongoc_cleanup();
}

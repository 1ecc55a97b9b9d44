// SOURCE: public GitHub file (tinysrp tsrp server with a MongoDB user store; search-index id 27450818612; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive (hard) - cleanup_mongodb, called by the server for every authenticated connection, destroys the global client without clearing it and tears the driver down; the next connection finds g_client set, skips mongoc_init and queries through the freed client. Its name matches ShutdownFunctions ('cleanup'), so the docs exempt it: a documented gap
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>

static mongoc_client_t *g_client = NULL;
static mongoc_collection_t *g_users_collection = NULL;
static mongoc_collection_t *g_logs_collection = NULL;

static int init_mongodb_connection(void) {
  if (!g_client) {
    mongoc_init();
    g_client = mongoc_client_new("mongodb://localhost:27017");
    if (!g_client)
      return -1;
    g_users_collection = mongoc_client_get_collection(g_client, "auth", "users");
    g_logs_collection = mongoc_client_get_collection(g_client, "auth", "logs");
    if (!g_users_collection || !g_logs_collection)
      return -1;
  }
  return 0;
}

static void cleanup_mongodb(void) {
  if (g_logs_collection)
    mongoc_collection_destroy(g_logs_collection);
  if (g_users_collection)
    mongoc_collection_destroy(g_users_collection);
  if (g_client) {
    mongoc_client_destroy(g_client); // EXPECT-WARN
    mongoc_cleanup(); // EXPECT-WARN
  }
}

/* This is called by the server with a connected socket. */
int tsrp_server_authenticate(int s) {
  char msgbuf[256];
  bson_error_t error;
  ssize_t i = recv(s, msgbuf, sizeof(msgbuf), MSG_WAITALL);
  if (i <= 0)
    return 0;
  if (init_mongodb_connection() < 0) {
    fprintf(stderr, "Failed to initialize MongoDB connection\n");
    return 0;
  }
  bson_t *query = bson_new_from_json((const uint8_t *)msgbuf, i, &error);
  if (!query)
    return 0;
  mongoc_cursor_t *cursor = mongoc_collection_find_with_opts(
      g_users_collection, query, NULL, NULL);
  const bson_t *doc;
  int ok = mongoc_cursor_next(cursor, &doc);
  mongoc_cursor_destroy(cursor);
  bson_destroy(query);
  cleanup_mongodb();
  return ok;
}

// SOURCE: public GitHub file (handleConnect(const nlohmann::json& req, nlohmann::json& resp): if (g_client) { mongoc_client_destroy(g_client); g_client = nullptr; } g_client = mongoc_client_new(uri); ping; search-index id 60853359841; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - a helper process answers one JSON request at a time from a read loop in main (rendered: the loop and a plain-string request instead of nlohmann::json); the "connect" request drops the previous global client, resets it and connects anew
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <iostream>
#include <string>

static mongoc_client_t *g_client = nullptr;

static std::string handleConnect(const std::string &uri) {
  if (g_client) {
    mongoc_client_destroy(g_client);
    g_client = nullptr;
  }
  g_client = mongoc_client_new(uri.c_str());
  if (!g_client)
    return "{\"ok\":false,\"error\":\"mongoc_client_new failed\"}";
  bson_t reply;
  bson_t cmd = BSON_INITIALIZER;
  BSON_APPEND_INT32(&cmd, "ping", 1);
  bson_error_t error;
  bool ok = mongoc_client_command_simple(g_client, "admin", &cmd, nullptr, &reply, &error);
  bson_destroy(&cmd);
  bson_destroy(&reply);
  return ok ? "{\"ok\":true}" : std::string("{\"ok\":false,\"error\":\"") + error.message + "\"}";
}

int main() {
  mongoc_init();
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.rfind("connect ", 0) == 0)
      std::cout << handleConnect(line.substr(8)) << std::endl;
  }
  if (g_client)
    mongoc_client_destroy(g_client);
  mongoc_cleanup();
  return 0;
}

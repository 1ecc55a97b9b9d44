// SOURCE: public GitHub file (databasemanager.cpp, a game server's DatabaseManager; search-index id 40636741; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - the process's one DatabaseManager is a function-local static; its destructor, run once during static destruction at exit, destroys the member client and calls mongoc_cleanup() (the exception type and the object helpers cut)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>

class DatabaseManager {
public:
  static DatabaseManager &instance();
  void connect(const char *ip, uint16_t port);
  void tryReconnection();

private:
  DatabaseManager();
  ~DatabaseManager();

  mongoc_client_t *m_client;
  const char *m_ip = "127.0.0.1";
  uint16_t m_port = 27017;
};

DatabaseManager::DatabaseManager() : m_client(nullptr) {}

DatabaseManager::~DatabaseManager() {
  if (m_client)
    mongoc_client_destroy(m_client);

  mongoc_cleanup();
}

DatabaseManager &DatabaseManager::instance() {
  static DatabaseManager inst;
  return inst;
}

void DatabaseManager::tryReconnection() { connect(m_ip, m_port); }

void DatabaseManager::connect(const char *ip, uint16_t port) {
  mongoc_init();
  char connectionString[256];
  std::snprintf(connectionString, sizeof(connectionString),
                "mongodb://%s:%hu", ip, port);
  m_client = mongoc_client_new(connectionString);
  if (!m_client)
    throw std::runtime_error("Failed to parse URI");
  m_ip = ip;
  m_port = port;
}

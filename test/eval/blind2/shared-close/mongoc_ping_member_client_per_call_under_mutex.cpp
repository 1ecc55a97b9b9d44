// SOURCE: public GitHub file (DbInterface.cpp of a satellite-link monitoring service; search-index id 28779286802; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: negative - ping() makes a fresh client in the member m_client under the object's mutex, runs one command, destroys it and resets the member before unlocking; nobody else holds that client between calls (the health-check thread that calls ping() every few seconds is reconstructed; the queues of the class cut)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc.h>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <unistd.h>

class DbInterface {
public:
  explicit DbInterface(const std::string &uri) : m_uriString(uri) {}
  bool ping();
  void healthLoop(std::atomic<bool> &running);

private:
  std::string m_uriString;
  std::mutex m_dbMutex;
  mongoc_client_t *m_client = nullptr;
};

bool DbInterface::ping() {
  bool result = true;
  m_dbMutex.lock();
  m_client = mongoc_client_new(m_uriString.c_str());
  if (m_client) {
    bson_t command;
    bson_init(&command);
    bson_append_int32(&command, "ping", -1, 1);
    bson_t reply;
    bson_error_t error;
    if (!mongoc_client_command_simple(m_client, "admin", &command, 0, &reply,
                                      &error)) {
      result = false;
    }
    bson_destroy(&reply);
    bson_destroy(&command);
    mongoc_client_destroy(m_client);
    m_client = 0;
  }
  m_dbMutex.unlock();
  return result;
}

void DbInterface::healthLoop(std::atomic<bool> &running) {
  while (running) {
    if (!ping())
      std::fprintf(stderr, "database unreachable\n");
    sleep(5);
  }
}

// SOURCE: public GitHub file (mongoc_json.cpp, a jsoncpp wrapper class CMongodb; search-index id 48476362805; the index does not name its repository)
// LIBRARY: mongoc
// SHAPE: positive - (hard) UnInit() destroys the member client and calls mongoc_cleanup(); ReInit(), used to switch collection, calls UnInit() then Init(), whose mongoc_init() does not re-initialise the driver after mongoc_cleanup, so the object keeps working on a torn-down library. Not frequently invoked in this file and UnInit is named like a shutdown function, so the docs' name rule excuses it (expected FN); Insert/Find bodies cut
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc.h>

#include <string>

class CMongodb {
public:
  CMongodb();
  ~CMongodb();

  static CMongodb &Instance();
  int Init(const char *uri, const char *db, const char *collection);
  int ReInit(const char *collection);
  int UnInit();
  int ChangeCollection(const char *collection);

private:
  std::string m_uri;
  std::string m_db;
  bool m_connected;
  mongoc_client_t *m_client;
  mongoc_collection_t *m_collection;

  static CMongodb *m_instance;
};

CMongodb *CMongodb::m_instance = NULL;

CMongodb::CMongodb() {
  m_connected = false;
  m_client = NULL;
  m_collection = NULL;
}

CMongodb::~CMongodb() { UnInit(); }

// Drops the client and the driver.
int CMongodb::UnInit() {
  if (m_collection != NULL) {
    mongoc_collection_destroy(m_collection);
    m_collection = NULL;
  }

  if (m_client != NULL) {
    mongoc_client_destroy(m_client);
    m_client = NULL;
  }
  mongoc_cleanup(); // EXPECT-WARN
  return 0;
}

CMongodb &CMongodb::Instance() {
  if (m_instance == NULL)
    m_instance = new CMongodb();
  return *m_instance;
}

// Switches to another collection of the same database.
int CMongodb::ReInit(const char *collection) {
  UnInit();
  std::string uri = m_uri;
  std::string db = m_db;
  return Init(uri.c_str(), db.c_str(), collection);
}

int CMongodb::Init(const char *uri, const char *db, const char *collection) {
  m_uri = uri;
  m_db = db;
  mongoc_init();
  m_client = mongoc_client_new(m_uri.c_str());
  m_connected = true;

  if (collection != NULL)
    ChangeCollection(collection);
  return 0;
}

int CMongodb::ChangeCollection(const char *collection) {
  if (m_collection != NULL)
    mongoc_collection_destroy(m_collection);
  m_collection =
      mongoc_client_get_collection(m_client, m_db.c_str(), collection);
  return 0;
}

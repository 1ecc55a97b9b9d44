// SOURCE: public GitHub file (search-index id 3544437702; the index does not name its repository): a trading UI's MainWindow::~MainWindow deletes its engines and then destroys the global pool and URI and calls mongoc_cleanup()
// LIBRARY: mongoc
// SHAPE: negative - the application's one main window is destroyed when the program ends; its destructor is the shutdown path for the globals and the library
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

mongoc_uri_t *g_uri = nullptr;
mongoc_client_pool_t *g_pool = nullptr;

class EventEngine;
class GatewayManager {
public:
  void exit();
};

class MainWindow {
public:
  MainWindow(GatewayManager *Gm, EventEngine *Ee)
      : m_gatewaymanager(Gm), m_eventengine(Ee) {
    mongoc_init();
    g_uri = mongoc_uri_new("mongodb://localhost:27017");
    g_pool = mongoc_client_pool_new(g_uri);
  }
  ~MainWindow() {
    m_gatewaymanager->exit();
    mongoc_client_pool_destroy(g_pool);
    mongoc_uri_destroy(g_uri);
    mongoc_cleanup();
  }

private:
  GatewayManager *m_gatewaymanager;
  EventEngine *m_eventengine;
};

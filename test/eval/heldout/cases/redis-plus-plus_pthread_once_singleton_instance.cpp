// SOURCE: code search result (repository not shown; header "Created by mauro on 12/24/20"): `template<typename T> class Redis { static T *getInstance() { pthread_once(&once_, init); return _pInstance; } static void init() { ... _pInstance = new T(_con, _con_pool); atexit(destroy); } ... }` instantiated with sw::redis::Redis; the per-request caller is rendered
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: negative - client constructed in a pthread_once initialiser and stored in a static pointer; handlers only call getInstance()
#include <pthread.h>
#include <sw/redis++/redis++.h>
#include <cstdlib>
#include <string>

template <typename T>
class Redis {
 public:
  static T *getInstance() {
    pthread_once(&once_, init);
    return _pInstance;
  }
  static void init() {
    _con.db = 0;
    _con.host = "127.0.0.1";
    _con.port = 6379;
    _con_pool.size = 3;
    _pInstance = new T(_con, _con_pool);
    atexit(destroy);
  }
  static void destroy() {
    if (_pInstance) {
      delete _pInstance;
      _pInstance = nullptr;
    }
  }
 private:
  Redis() {}
  ~Redis() {}
  static pthread_once_t once_;
  static T *_pInstance;
  static sw::redis::ConnectionOptions _con;
  static sw::redis::ConnectionPoolOptions _con_pool;
};

template <typename T> pthread_once_t Redis<T>::once_ = PTHREAD_ONCE_INIT;
template <typename T> T *Redis<T>::_pInstance = nullptr;
template <typename T> sw::redis::ConnectionOptions Redis<T>::_con;
template <typename T> sw::redis::ConnectionPoolOptions Redis<T>::_con_pool;

extern bool next_order(std::string &id);

int main() {
  std::string id;
  while (next_order(id)) Redis<sw::redis::Redis>::getInstance()->lpush("orders", id);
}

// SOURCE: public GitHub file (a Swift memcached binding's ConnectionPool.connection(): memcached_pool_pop(_pool!, false, &rc); if rc != MEMCACHED_SUCCESS throw; Connection(memcached: mc, pool: self), whose deinit pushes it back; search-index id 48991006157; rendered in C++)
// LIBRARY: memcached
// SHAPE: negative - a non-blocking pop whose status is tested; the failed pop (status not success) throws with nothing taken, and the successful one is adopted by a Connection object whose destructor pushes it back, returned to the caller
#include <libmemcachedutil-1.0/pool.h>
#include <stdexcept>
#include <string>

class ConnectionPool;

class Connection {
public:
  Connection(memcached_st *Mc, ConnectionPool *Pool) : Mc(Mc), Pool(Pool) {}
  Connection(Connection &&Other) noexcept : Mc(Other.Mc), Pool(Other.Pool) {
    Other.Mc = nullptr;
  }
  ~Connection();

private:
  memcached_st *Mc;
  ConnectionPool *Pool;
};

class ConnectionPool {
public:
  Connection connection();
  void push(memcached_st *Mc) {
    if (Pool)
      memcached_pool_push(Pool, Mc);
  }

private:
  memcached_pool_st *Pool = nullptr;
};

Connection::~Connection() {
  if (Mc)
    Pool->push(Mc);
}

Connection ConnectionPool::connection() {
  memcached_return Rc = MEMCACHED_MAXIMUM_RETURN;
  memcached_st *Mc = memcached_pool_pop(Pool, false, &Rc);
  if (Rc != MEMCACHED_SUCCESS)
    throw std::runtime_error(memcached_strerror(Mc, Rc));
  return Connection(Mc, this);
}

// A stub of an in-house key-value client's C++ pool (see model-acme-kvpool.yaml).
#ifndef ACME_KVPOOL_H
#define ACME_KVPOOL_H

namespace acme {

// One connection to a kv node.
class KvConn {
public:
  int put(const char *Key, const char *Value);
  // Closes the connection.
  void close();
  ~KvConn();
};

// Connections to every kv node, lent out one at a time.
class KvPool {
public:
  explicit KvPool(const char *Nodes);
  ~KvPool();
  // Blocks until a connection is free.
  KvConn *borrow();
  // NULL when none became free within the timeout.
  KvConn *tryBorrow(int TimeoutMs);
  void giveBack(KvConn *Conn);
};

// Borrows a connection and gives it back when destroyed.
class KvLease {
public:
  explicit KvLease(KvPool &Pool);
  ~KvLease();
  KvConn *operator->();
};

} // namespace acme

#endif

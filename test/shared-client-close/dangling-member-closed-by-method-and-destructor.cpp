// A public 'disconnect()' that finishes the member connection and leaves it
// holding the closed handle, while the destructor closes it again (directly
// or by calling disconnect()), closes it twice. A shutdown-like name does
// not excuse that; resetting the member does.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <atomic>
#include <libpq-fe.h>

class PgConnection {
public:
  explicit PgConnection(PGconn *Conn) : Conn(Conn) {}
  ~PgConnection() { disconnect(); }
  // CHECK-DAG: :[[@LINE-1]]:21: note: closed again here
  void disconnect() { PQfinish(Conn); }
  // CHECK-DAG: :[[@LINE-1]]:23: warning: 'PQfinish' closes 'Conn' but leaves it holding the closed 'PGconn'; the destructor closes it again [resource-shared-client-close]

private:
  PGconn *Conn;
};

class Session {
public:
  explicit Session(PGconn *Conn) : Conn(Conn) {}
  ~Session() { PQfinish(Conn); }
  // CHECK-DAG: :[[@LINE-1]]:16: note: closed again here
  void close() { PQfinish(Conn); }
  // CHECK-DAG: :[[@LINE-1]]:18: warning: 'PQfinish' closes 'Conn' but leaves it holding the closed 'PGconn'; the destructor closes it again [resource-shared-client-close]

private:
  PGconn *Conn;
};

// Control: the member is reset, so the destructor's PQfinish(nullptr) is
// harmless.
class ResetSession {
public:
  explicit ResetSession(PGconn *Conn) : Conn(Conn) {}
  ~ResetSession() { PQfinish(Conn); }
  void close() {
    PQfinish(Conn);
    Conn = nullptr;
  }

private:
  PGconn *Conn;
};

// Control: a flag the method tests first and clears after the close makes
// the destructor's second call a no-op.
class GuardedSession {
public:
  explicit GuardedSession(PGconn *Conn) : Conn(Conn) {}
  ~GuardedSession() { disconnect(); }
  void disconnect() {
    if (!Connected)
      return;
    PQfinish(Conn);
    Connected = false;
  }

private:
  PGconn *Conn;
  bool Connected = true;
};

// Control: the flag (an atomic) is cleared before the close, inside the
// test.
class RunningSession {
public:
  explicit RunningSession(PGconn *Conn) : Conn(Conn) {}
  ~RunningSession() { stop(); }
  void stop() {
    if (Running) {
      Running = false;
      PQfinish(Conn);
    }
  }

private:
  PGconn *Conn;
  std::atomic<bool> Running{true};
};

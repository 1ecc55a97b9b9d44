// A release followed in the same block by a throw or a call that does not
// return leaves nothing behind to use the closed handle: a constructor that
// gives up (the object never exists, its destructor never runs) or an error
// helper that ends the program. A release followed by a return is still
// reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <cstdlib>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <stdexcept>

class Connector {
public:
  Connector(const char *Host, int Port) {
    Context = redisConnect(Host, Port);
    if (Context != nullptr && Context->err) {
      redisFree(Context);
      throw std::runtime_error("redis connect failed");
    }
  }
  ~Connector() { redisFree(Context); }

  bool ping() {
    redisReply *Reply =
        static_cast<redisReply *>(redisCommand(Context, "PING"));
    if (Reply == nullptr) {
      redisFree(Context);
      // CHECK: :[[@LINE-1]]:7: warning: 'redisFree' closes 'Context' but leaves it holding the closed 'redisContext'; the destructor closes it again [resource-shared-client-close]
      // CHECK: :[[@LINE-8]]:18: note: closed again here
      return false;
    }
    freeReplyObject(Reply);
    return true;
  }

private:
  redisContext *Context;
};

static PGconn *Db;

[[noreturn]] static void exitNicely(int Code) {
  PQfinish(Db);
  std::exit(Code);
}

void runDump(const char *Conninfo) {
  Db = PQconnectdb(Conninfo);
  if (PQstatus(Db) != CONNECTION_OK)
    exitNicely(1);
}

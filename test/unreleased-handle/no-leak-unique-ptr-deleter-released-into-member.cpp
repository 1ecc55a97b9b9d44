// A handle adopted by a std::unique_ptr with the library's release as its
// deleter is released on every early return, and release() into a member
// hands it over: nothing is reported.
// RUN: %tidy -checks='-*,resource-unreleased-handle' %s -- -std=c++17 \
// RUN:   -I/usr/include/postgresql | %diags \
// RUN:   | FileCheck %s --implicit-check-not='warning:' --implicit-check-not='note:'

#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <memory>

class Cache {
public:
  // The unique_ptr frees the context on the error returns; on success the
  // member takes it.
  bool connect() {
    std::unique_ptr<redisContext, decltype(&redisFree)> C(
        redisConnect("127.0.0.1", 6379), &redisFree);
    if (!C || C->err)
      return false;
    freeReplyObject(redisCommand(C.get(), "SELECT 1"));
    Context = C.release();
    return true;
  }

  // The same with a deleter type and reset() on a second owner.
  bool connectDb() {
    std::unique_ptr<PGconn, Finisher> Db(PQconnectdb("dbname=shop"));
    if (PQstatus(Db.get()) != CONNECTION_OK)
      return false;
    Conn.reset(Db.release());
    return true;
  }

  ~Cache() { redisFree(Context); }

private:
  struct Finisher {
    void operator()(PGconn *C) const { PQfinish(C); }
  };
  redisContext *Context = nullptr;
  std::unique_ptr<PGconn, Finisher> Conn;
};

// Control: without the unique_ptr the error return leaks.
redisContext *Shared = nullptr;
bool connectRaw() {
  redisContext *C = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
  // CHECK: :[[@LINE+4]]:5: note: it leaks when 'connectRaw' returns here
  // CHECK: :[[@LINE-3]]:21: note: release it with 'redisFree' before that return
  // (no failure note: the function never releases it)
  if (!C || C->err)
    return false;
  Shared = C;
  return true;
}

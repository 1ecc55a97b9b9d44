// A member outlives the method that closes it: closing it and leaving the
// pointer in place hands the next method call a closed client.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <hiredis/hiredis.h>
#include <mysql.h>

class SessionCache {
public:
  // Gives up on a broken context, but keeps pointing at it.
  bool touch(const char *Key) {
    if (Ctx->err) {
      redisFree(Ctx);
      // CHECK: :[[@LINE-1]]:7: warning: 'redisFree' closes 'Ctx' but leaves it holding the closed 'redisContext'; the next call through it uses a closed client [resource-shared-client-close]
      // CHECK: :[[@LINE+8]]:17: note: 'Ctx' outlives this call
      return false;
    }
    freeReplyObject(redisCommand(Ctx, "EXPIRE %s 60", Key));
    return true;
  }

private:
  redisContext *Ctx = nullptr;
};

class OrderStore {
public:
  // Closes the connection on a failed query; the next query uses it again.
  int insert(const char *Sql) {
    if (mysql_query(this->Conn, Sql) != 0) {
      mysql_close(this->Conn);
      // CHECK: :[[@LINE-1]]:7: warning: 'mysql_close' closes 'Conn' but leaves it holding the closed 'MYSQL'; the next call through it uses a closed client [resource-shared-client-close]
      // CHECK: :[[@LINE+7]]:10: note: 'Conn' outlives this call
      return -1;
    }
    return 0;
  }

private:
  MYSQL *Conn = nullptr;
};

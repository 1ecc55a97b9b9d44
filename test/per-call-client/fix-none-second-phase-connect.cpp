// A handle connected by a second call after it is made (mysql_real_connect
// on a MYSQL from mysql_init, amqp_login on a new rabbitmq-c connection)
// gets no rewrite: the function would still connect the shared handle again
// on every call, and a connected MYSQL refuses a second connect. A handle
// connected by its acquisition alone is still rewritten.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-per-call-client' --fix --fix-notes %t.cpp \
// RUN:   -- -std=c++17 -I/usr/include/mariadb
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp

#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <hiredis/hiredis.h>
#include <mysql.h>

#include <string>
#include <vector>

// Every row connects a new handle and logs in again.
void importRows(const std::vector<std::string> &Rows) {
  for (const std::string &Row : Rows) {
    MYSQL *Db = mysql_init(nullptr);
    // CHECK: :[[@LINE-1]]:17: warning: 'mysql_init' creates a new 'MYSQL' on every iteration of this loop; each one allocates a connection handle that is then connected and authenticated anew [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:17: note: no automatic fix: it is connected with 'mysql_real_connect' after it is made, which would connect the shared one again on every call
    if (mysql_real_connect(Db, "127.0.0.1", "app", nullptr, "app", 3306,
                           nullptr, 0) != nullptr)
      mysql_query(Db, Row.c_str());
    mysql_close(Db);
  }
}

// Every message opens a socket on a new connection and logs in.
void publishAll(const std::vector<std::string> &Messages) {
  for (const std::string &Message : Messages) {
    amqp_connection_state_t Conn = amqp_new_connection();
    // CHECK: :[[@LINE-1]]:36: warning: 'amqp_new_connection' creates a new 'amqp_connection_state_t' on every iteration of this loop; each one opens a new TCP connection to the broker and repeats the AMQP handshake and login [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:36: note: no automatic fix: it is connected with 'amqp_tcp_socket_new' after it is made, which would connect the shared one again on every call
    amqp_socket_t *Socket = amqp_tcp_socket_new(Conn);
    if (amqp_socket_open(Socket, "127.0.0.1", 5672) == AMQP_STATUS_OK &&
        amqp_login(Conn, "/", 0, 131072, 0, AMQP_SASL_METHOD_PLAIN, "guest",
                   "guest")
                .reply_type == AMQP_RESPONSE_NORMAL)
      amqp_basic_publish(Conn, 1, amqp_cstring_bytes("events"),
                         amqp_cstring_bytes("audit"), 0, 0, nullptr,
                         amqp_cstring_bytes(Message.c_str()));
    amqp_destroy_connection(Conn);
  }
}

// Control: redisConnect connects by itself.
void touchAll(const std::vector<std::string> &Keys) {
  for (const std::string &Key : Keys) {
    redisContext *Redis = redisConnect("127.0.0.1", 6379);
    // CHECK: :[[@LINE-1]]:27: warning: 'redisConnect' creates a new 'redisContext' on every iteration of this loop; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK: :[[@LINE-3]]:3: note: the loop that repeats it starts here
    // CHECK: :[[@LINE-3]]:27: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    freeReplyObject(redisCommand(Redis, "TOUCH %s", Key.c_str()));
    redisFree(Redis);
  }
}

// FIXED: {{^}}    MYSQL *Db = mysql_init(nullptr);{{$}}
// FIXED: {{^}}    amqp_connection_state_t Conn = amqp_new_connection();{{$}}
// FIXED: {{^}}    redisContext *Redis = threadLocalRedisContext();{{$}}

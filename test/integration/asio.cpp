// Boost.Asio completion handlers against Debian's headers: a Redis
// connection (hiredis) made in every completion of an async read loop and
// in every posted job, one lost on an error path of a handler, and silent
// shapes. The fixed file compiles, links against libhiredis and is silent.
// RUN: %tidy -checks='-*,resource-*' %s -- -std=c++17 %cflags{hiredis} \
// RUN:   | %diags | FileCheck %s --implicit-check-not='{{warning|note|error}}:'
// RUN: cp %s %t.cpp
// RUN: %tidy -checks='-*,resource-*' --fix --fix-notes %t.cpp -- -std=c++17 \
// RUN:   %cflags{hiredis} > %t.log 2>&1
// RUN: FileCheck --check-prefix=FIXED %s < %t.cpp
// RUN: %clangxx -std=c++17 %cflags{hiredis} %t.cpp -o %t.exe %libs{hiredis} \
// RUN:   %libs{asio}
// RUN: %tidy -checks='-*,resource-*' %t.cpp -- -std=c++17 %cflags{hiredis} \
// RUN:   | %diags | count 0

#include <boost/asio.hpp>
#include <hiredis/hiredis.h>

#include <array>
#include <memory>
#include <string>

using boost::asio::ip::tcp;

static const char *const RedisHost = "127.0.0.1";
static const int RedisPort = 6379;

// Counts the lines each client sends, one async read at a time.
class LineCounter : public std::enable_shared_from_this<LineCounter> {
public:
  explicit LineCounter(tcp::socket Socket) : Socket(std::move(Socket)) {}
  void start() { readMore(); }

private:
  void readMore() {
    auto Self = shared_from_this();
    Socket.async_read_some(
        boost::asio::buffer(Buffer),
        [this, Self](boost::system::error_code Error, std::size_t Length) {
          if (Error)
            return;
          // Per read: every completion opens a new Redis connection.
          redisContext *Redis = redisConnect(RedisHost, RedisPort);
          // CHECK: :[[@LINE-1]]:33: warning: 'redisConnect' creates a new 'redisContext' on every call to the lambda; each one opens a new TCP connection to the Redis server [resource-per-call-client]
          // CHECK: :[[@LINE-8]]:5: note: the lambda is registered with 'boost::asio::basic_stream_socket::async_read_some' here as an Asio completion handler
          // CHECK: :[[@LINE-3]]:33: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
          freeReplyObject(redisCommand(Redis, "INCRBY lines %d",
                                       static_cast<int>(Length)));
          redisFree(Redis);
          readMore();
        });
  }
  tcp::socket Socket;
  std::array<char, 4096> Buffer;
};

// Missing release: a posted job loses its connection when Redis refuses.
void scheduleFlush(boost::asio::io_context &Io) {
  boost::asio::post(Io, [] {
    redisContext *Redis = redisConnect(RedisHost, RedisPort);
    // Two warnings at one place: clang-tidy 19 orders them by check name,
    // 22 by message, so their lines are matched in any order.
    // CHECK-DAG: :[[@LINE-3]]:27: warning: 'redisConnect' acquires a 'redisContext' that is not released on every path [resource-unreleased-handle]
    // CHECK-DAG: :[[@LINE+6]]:7: note: it leaks when the lambda returns here
    // CHECK-DAG: :[[@LINE-5]]:27: note: 'redisConnect' gives a 'redisContext' even when it fails; it must be released on error paths too (with 'redisFree')
    // CHECK-DAG: :[[@LINE-6]]:27: warning: 'redisConnect' creates a new 'redisContext' on every call to the lambda; each one opens a new TCP connection to the Redis server [resource-per-call-client]
    // CHECK-DAG: :[[@LINE-8]]:3: note: the lambda is registered with 'boost::asio::post' here as an Asio completion handler
    // CHECK-DAG: :[[@LINE-8]]:27: note: 'redisContext' is not thread-safe, so it cannot be shared by every call; reuse one per thread instead
    if (Redis == nullptr || Redis->err)
      return;
    freeReplyObject(redisCommand(Redis, "SAVE"));
    redisFree(Redis);
  });
}

// Negative: the connection of the thread that runs the io_context.
void scheduleTouch(boost::asio::io_context &Io, redisContext *Redis) {
  boost::asio::post(
      Io, [Redis] { freeReplyObject(redisCommand(Redis, "TOUCH lines")); });
}

int main(int Argc, char **) {
  if (Argc > 1) {
    boost::asio::io_context Io;
    tcp::acceptor Acceptor(Io, tcp::endpoint(tcp::v4(), 0));
    Acceptor.async_accept([](boost::system::error_code Error,
                             tcp::socket Socket) {
      if (!Error)
        std::make_shared<LineCounter>(std::move(Socket))->start();
    });
    scheduleFlush(Io);
    Io.run();
  }
}

// FIXED: {{^}}// One 'redisContext' per thread, reused by every call on that thread and{{$}}
// FIXED-NEXT: {{^}}// released when the thread ends.{{$}}
// FIXED-NEXT: {{^}}static redisContext *threadLocalRedisContext() {{{$}}
// FIXED-NEXT: {{^}}  thread_local std::unique_ptr<redisContext, decltype(&redisFree)> Instance({{$}}
// FIXED-NEXT: {{^}}      redisConnect(RedisHost, RedisPort), &redisFree);{{$}}
// FIXED-NEXT: {{^}}  return Instance.get();{{$}}
// FIXED-NEXT: {{^}}}{{$}}
// FIXED: {{^}}          redisContext *Redis = threadLocalRedisContext();{{$}}
// FIXED: {{^}}    redisContext *Redis = threadLocalRedisContext();{{$}}

// The completion handler of an Asio async_* operation runs once per
// operation, and a server starts one per read: a redis++ client made in it is
// made for every read.
// RUN: %tidy -checks='-*,resource-per-call-client' %s -- -std=c++17 \
// RUN:   -isystem %inputs/include | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <boost/asio.hpp>
#include <sw/redis++/redis++.h>

using boost::asio::ip::tcp;

// The handler of a member async_read_some builds a Redis client per read.
void readSomeWithClientPerRead(tcp::socket &Socket, char (&Buf)[512]) {
  Socket.async_read_some(
      boost::asio::buffer(Buf), [](boost::system::error_code, std::size_t) {
        sw::redis::Redis Redis("tcp://127.0.0.1:6379");
        // CHECK: :[[@LINE-1]]:26: warning: 'sw::redis::Redis' is constructed on every call to the lambda; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
        // CHECK: :[[@LINE-4]]:3: note: the lambda is registered with 'boost::asio::basic_stream_socket::async_read_some' here as an Asio completion handler
        Redis.incr("reads");
      });
}

// The handler of the free function async_read builds a Redis client per read.
void readAllWithClientPerRead(tcp::socket &Socket, char (&Buf)[512]) {
  boost::asio::async_read(
      Socket, boost::asio::buffer(Buf),
      [](boost::system::error_code, std::size_t) {
        sw::redis::Redis Redis("tcp://127.0.0.1:6379");
        // CHECK: :[[@LINE-1]]:26: warning: 'sw::redis::Redis' is constructed on every call to the lambda; each construction creates a new connection pool, so its first command opens a new connection to the Redis server [resource-per-call-client]
        // CHECK: :[[@LINE-5]]:3: note: the lambda is registered with 'boost::asio::async_read' here as an Asio completion handler
        Redis.incr("reads");
      });
}

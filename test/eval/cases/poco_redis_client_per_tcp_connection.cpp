// SOURCE: https://github.com/dfoderick/fullcycle/issues/17 ("The connection ... is being opened and closed on every new message") - rendered with Poco::Redis in a Poco TCPServerConnection, one Redis client per accepted connection
// LIBRARY: poco
// SHAPE: positive - TCPServerConnection::run override (runs once per accepted connection) builds a Poco::Redis::Client
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/TCPServerConnection.h>
#include <Poco/Redis/Array.h>
#include <Poco/Redis/Client.h>
#include <Poco/Redis/Command.h>

class CounterConnection : public Poco::Net::TCPServerConnection {
public:
  explicit CounterConnection(const Poco::Net::StreamSocket &s) : Poco::Net::TCPServerConnection(s) {}
  void run() override {
    Poco::Redis::Client redis("localhost", 6379); // EXPECT-WARN
    Poco::Redis::Command incr = Poco::Redis::Command::incr("connections");
    redis.execute<Poco::Int64>(incr);
    socket().sendBytes("hello\n", 6);
  }
};

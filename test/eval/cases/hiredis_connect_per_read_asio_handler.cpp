// SOURCE: https://github.com/vgno/ssehub/pull/29 (C++ SSE hub: "Use one connection to redis per cache request") and https://github.com/apache/hertzbeat/pull/146 ("reuse redis connection cache") - rendered as a Boost.Asio session whose async_read_some completion handler caches every received chunk through a fresh hiredis connection
// LIBRARY: hiredis
// SHAPE: positive - Asio completion handler (runs per read) connects to Redis and frees the context each time
#include <array>
#include <boost/asio.hpp>
#include <hiredis/hiredis.h>
#include <memory>

using boost::asio::ip::tcp;

class session : public std::enable_shared_from_this<session> {
public:
  explicit session(tcp::socket socket) : socket_(std::move(socket)) {}
  void start() { do_read(); }

private:
  void do_read() {
    auto self(shared_from_this());
    socket_.async_read_some(boost::asio::buffer(data_), [this, self](boost::system::error_code ec, std::size_t length) {
      if (ec)
        return;
      redisContext *c = redisConnect("127.0.0.1", 6379); // EXPECT-WARN
      if (c && !c->err)
        freeReplyObject(redisCommand(c, "RPUSH sse:cache %b", data_.data(), length));
      if (c)
        redisFree(c);
      do_read();
    });
  }
  tcp::socket socket_;
  std::array<char, 1024> data_;
};

// SOURCE: https://github.com/3rd-Eden/memcached/issues/188 (a handler ends the client after every request: `memcached.end()` in the request callback; rendered with libmemcached and a client shared by a Poco HTTP server)
// LIBRARY: memcached
// SHAPE: positive - a Poco request handler frees the process-wide memcached_st after answering; the other handler threads use it concurrently
#include <libmemcached/memcached.h>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <cstdlib>
#include <string>

memcached_st *g_memc = nullptr; // created in main

class HelloHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &Request,
                     Poco::Net::HTTPServerResponse &Response) override {
    size_t Len = 0;
    uint32_t Flags = 0;
    memcached_return_t Rc;
    char *Value = memcached_get(g_memc, "hello", 5, &Len, &Flags, &Rc);
    Response.send() << (Value ? std::string(Value, Len) : std::string("miss"));
    std::free(Value);
    memcached_free(g_memc); // EXPECT-WARN
  }
};

// SOURCE: github.com/farice/CachingProxy src/ProxyRequestHandler.cpp (ProxyRequestHandler::handleRequest, the HTTPRequestHandler override run for every proxied request, builds `HTTPClientSession session(uri.getHost(), uri.getPort());` on both the POST path and the GET/cache-miss path; the static cache is shared, the upstream session is not)
// LIBRARY: poco
// SHAPE: positive - HTTPClientSession constructed in a Poco HTTPRequestHandler::handleRequest override on every request (target host comes from the request, so no fix-it is expected, but the keep-alive connection is thrown away each time)
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <sstream>
#include <string>

using namespace Poco::Net;
using namespace std;

class ProxyRequestHandler : public HTTPRequestHandler {
 public:
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &resp) override;
};

void ProxyRequestHandler::handleRequest(HTTPServerRequest &req, HTTPServerResponse &resp) {
  try {
    Poco::URI uri(req.getURI());
    string path(uri.getPathAndQuery());
    if (path.empty()) path = "/";

    if (req.getMethod() == "POST") {
      HTTPClientSession session(uri.getHost(), uri.getPort()); // EXPECT-WARN
      HTTPRequest proxy_req(req.getMethod(), path, HTTPMessage::HTTP_1_1);
      proxy_req.setContentType("application/x-www-form-urlencoded");
      proxy_req.setKeepAlive(true);
      proxy_req.setContentLength(req.getContentLength());
      std::ostream &opost = session.sendRequest(proxy_req);
      Poco::StreamCopier::copyStream(req.stream(), opost);
      HTTPResponse proxy_resp;
      istream &is = session.receiveResponse(proxy_resp);
      resp.setStatus(proxy_resp.getStatus());
      Poco::StreamCopier::copyStream(is, resp.send());
    } else {
      HTTPClientSession session(uri.getHost(), uri.getPort()); // EXPECT-WARN
      HTTPRequest proxy_req(req.getMethod(), path, HTTPMessage::HTTP_1_1);
      proxy_req.setContentType("text/html");
      session.sendRequest(proxy_req);
      HTTPResponse proxy_resp;
      istream &is = session.receiveResponse(proxy_resp);
      ostringstream oss;
      oss << is.rdbuf();
      resp.setStatus(proxy_resp.getStatus());
      resp.send() << oss.str();
    }
  } catch (Poco::Exception &ex) {
    resp.setStatus(HTTPResponse::HTTP_BAD_REQUEST);
    resp.send();
  }
}

class ProxyRequestHandlerFactory : public HTTPRequestHandlerFactory {
 public:
  HTTPRequestHandler *createRequestHandler(const HTTPServerRequest &) override { return new ProxyRequestHandler(); }
};

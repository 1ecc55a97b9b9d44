// SOURCE: farice/CachingProxy src/ProxyRequestHandler.cpp
// LIBRARY: poco
// SHAPE: negative (hard) - a forward proxy: handleRequest() opens an HTTPClientSession to uri.getHost() taken from each client request, so the target differs per request and one shared session cannot serve it (analogue of the "loop over distinct hosts" exception)
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <sstream>
#include <string>

using namespace Poco::Net;

class ProxyRequestHandler : public HTTPRequestHandler {
 public:
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &resp) override;
};

void ProxyRequestHandler::handleRequest(HTTPServerRequest &req, HTTPServerResponse &resp) {
  try {
    Poco::URI uri(req.getURI());
    std::string path(uri.getPathAndQuery());
    if (path.empty()) path = "/";

    if (req.getMethod() == "POST") {
      HTTPClientSession session(uri.getHost(), uri.getPort());
      HTTPRequest proxy_req(req.getMethod(), path, HTTPMessage::HTTP_1_1);
      proxy_req.setContentLength(req.getContentLength());
      std::ostream &opost = session.sendRequest(proxy_req);
      Poco::StreamCopier::copyStream(req.stream(), opost);
      HTTPResponse proxy_resp;
      std::istream &is = session.receiveResponse(proxy_resp);
      std::ostream &out = resp.send();
      Poco::StreamCopier::copyStream(is, out);
    } else {
      HTTPClientSession session(uri.getHost(), uri.getPort());
      HTTPRequest proxy_req(req.getMethod(), path, HTTPMessage::HTTP_1_1);
      session.sendRequest(proxy_req);
      HTTPResponse proxy_resp;
      std::istream &is = session.receiveResponse(proxy_resp);
      std::ostringstream oss;
      oss << is.rdbuf();
      std::ostream &out = resp.send();
      out << oss.str();
    }
  } catch (Poco::Exception &ex) {
    resp.setStatus(HTTPResponse::HTTP_BAD_REQUEST);
  }
}

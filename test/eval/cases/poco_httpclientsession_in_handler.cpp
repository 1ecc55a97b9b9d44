// SOURCE: https://github.com/pocoproject/poco/issues/4458 (HTTPClientSession -> HTTPServer chain with keep-alive; a session that is not reused loses the kept-alive socket) and https://github.com/SourceLabOrg/kafka-connect-client/pull/58 ("New http client context for every request") - rendered as a Poco handler forwarding to an upstream
// LIBRARY: poco
// SHAPE: positive - HTTPRequestHandler::handleRequest builds an HTTPClientSession to the upstream for every request
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/StreamCopier.h>

class ForwardHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response) override {
    Poco::Net::HTTPClientSession session("upstream.local", 8080); // EXPECT-WARN
    session.setKeepAlive(true);
    Poco::Net::HTTPRequest fwd(request.getMethod(), request.getURI(), Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(fwd);
    Poco::Net::HTTPResponse upstream;
    std::istream &rs = session.receiveResponse(upstream);
    response.setStatus(upstream.getStatus());
    Poco::StreamCopier::copyStream(rs, response.send());
  }
};

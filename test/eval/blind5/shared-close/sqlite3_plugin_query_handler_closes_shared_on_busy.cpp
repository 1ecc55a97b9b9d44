// SOURCE: rendered from public Poco-based services that keep one sqlite3 handle for the process and close it when a statement reports SQLITE_BUSY/SQLITE_CORRUPT (code search "sqlite3_close(g_db)" next to "handleRequest")
// LIBRARY: sqlite3
// SHAPE: positive - a Poco HTTPRequestHandler::handleRequest override closes the process-wide database when a query fails and answers 500; the next request (on another Poco worker thread) uses the closed handle
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <sqlite3.h>

sqlite3 *g_db = nullptr; // opened in main

class StatsHandler : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &,
                     Poco::Net::HTTPServerResponse &Res) override {
    char *Err = nullptr;
    if (sqlite3_exec(g_db, "SELECT count(*) FROM hits", nullptr, nullptr,
                     &Err) != SQLITE_OK) {
      sqlite3_free(Err);
      sqlite3_close(g_db); // EXPECT-WARN
      Res.setStatus(Poco::Net::HTTPResponse::HTTP_INTERNAL_SERVER_ERROR);
      Res.send() << "db error";
      return;
    }
    Res.send() << "ok";
  }
};

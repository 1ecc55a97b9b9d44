// SOURCE: https://github.com/codecoradev/cora-code/issues/419 ("SQLite connection is opened, PRAGMAs set ... on every ... MCP call (~10-15ms overhead)"; fix: OnceLock<Connection>) - rendered with SQLiteCpp in a cpp-httplib handler
// LIBRARY: sqlitecpp
// SHAPE: positive - handler opens SQLite::Database per request
#include <SQLiteCpp/SQLiteCpp.h>
#include <httplib.h>

int main() {
  httplib::Server svr;
  svr.Get("/search", [](const httplib::Request &req, httplib::Response &res) {
    SQLite::Database db("index.db3", SQLite::OPEN_READONLY); // EXPECT-WARN
    db.exec("PRAGMA cache_size = -20000");
    SQLite::Statement q(db, "SELECT path FROM files WHERE name MATCH ?");
    q.bind(1, req.get_param_value("q"));
    std::string body;
    while (q.executeStep())
      body += q.getColumn(0).getString() + "\n";
    res.set_content(body, "text/plain");
  });
  svr.listen("127.0.0.1", 8080);
}

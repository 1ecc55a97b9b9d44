// SOURCE: public GitHub file (project notes quoting services/ProductService.cc getConnection(); search-index id 69305843110; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - rendered: a static global PGconn shared by all request handlers is finished and reconnected by the accessor whenever its status is not OK; the original runs under a multi-threaded web framework, here cpp-httplib, so a request in flight on another thread still uses the old connection
// FLAGS: -I/usr/include/postgresql
#include <httplib.h>
#include <libpq-fe.h>

#include <string>

static PGconn *g_conn = nullptr;

static PGconn *getConnection() {
  if (g_conn == nullptr || PQstatus(g_conn) != CONNECTION_OK) {
    if (g_conn)
      PQfinish(g_conn); // EXPECT-WARN
    g_conn = PQconnectdb(
        "host=localhost port=5433 dbname=sri_mart user=postgres");
  }
  return g_conn;
}

// GET /products
static void listProducts(const httplib::Request &, httplib::Response &Res) {
  PGconn *Conn = getConnection();
  PGresult *R = PQexec(Conn, "SELECT id, name FROM products");
  std::string Body;
  for (int I = 0; I < PQntuples(R); ++I)
    Body += std::string(PQgetvalue(R, I, 1)) + "\n";
  PQclear(R);
  Res.set_content(Body, "text/plain");
}

void installProductRoutes(httplib::Server &Server) {
  Server.Get("/products", listProducts);
}

// SOURCE: https://github.com/apache/cassandra-gocql-driver/issues/93 ("Is every web request supposed to create a new Session for every request?") and the DataStax driver docs ("create a single session object per keyspace ... Sessions are expensive") - rendered with the DataStax C API in a cpp-httplib handler
// LIBRARY: cassandra
// FLAGS: -I../stubs
// SHAPE: positive - the handler creates, connects and frees a CassSession for every request
#include <cassandra.h>
#include <httplib.h>

int main() {
  CassCluster *cluster = cass_cluster_new();
  cass_cluster_set_contact_points(cluster, "127.0.0.1");
  httplib::Server svr;
  svr.Get("/users", [cluster](const httplib::Request &req, httplib::Response &res) {
    CassSession *session = cass_session_new(); // EXPECT-WARN
    CassFuture *connect_future = cass_session_connect_keyspace(session, cluster, "app");
    if (cass_future_error_code(connect_future) != CASS_OK) {
      res.status = 503;
    } else {
      CassStatement *st = cass_statement_new("SELECT name FROM users WHERE id = ?", 1);
      cass_statement_bind_string(st, 0, req.get_param_value("id").c_str());
      CassFuture *f = cass_session_execute(session, st);
      res.status = cass_future_error_code(f) == CASS_OK ? 200 : 500;
      cass_future_free(f);
      cass_statement_free(st);
    }
    cass_future_free(connect_future);
    cass_session_free(session);
  });
  svr.listen("0.0.0.0", 8080);
  cass_cluster_free(cluster);
}

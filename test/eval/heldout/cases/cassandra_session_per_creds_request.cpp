// SOURCE: github.com/hashicorp/vault/issues/1801 ("Cassandra backend creates a new session for every creds read request ... eventually maxing out of connections on the C* nodes"); rendered from Go to the DataStax C/C++ driver with the creds endpoint served by cpp-httplib
// LIBRARY: cassandra
// FLAGS: -I../stubs
// SHAPE: positive - CassSession created, connected and freed inside a helper called by an httplib route handler
#include <cassandra.h>
#include <httplib.h>
#include <string>

struct BackendConfig { std::string hosts = "10.0.0.1,10.0.0.2"; };

static bool createUser(const BackendConfig &cfg, const std::string &username, const std::string &password) {
  CassCluster *cluster = cass_cluster_new();
  CassSession *session = cass_session_new(); // EXPECT-WARN
  cass_cluster_set_contact_points(cluster, cfg.hosts.c_str());
  CassFuture *connect_future = cass_session_connect(session, cluster);
  bool ok = cass_future_error_code(connect_future) == CASS_OK;
  cass_future_free(connect_future);
  if (ok) {
    std::string q = "CREATE USER '" + username + "' WITH PASSWORD '" + password + "' NOSUPERUSER;";
    CassStatement *statement = cass_statement_new(q.c_str(), 0);
    CassFuture *f = cass_session_execute(session, statement);
    ok = cass_future_error_code(f) == CASS_OK;
    cass_future_free(f);
    cass_statement_free(statement);
    CassFuture *close_future = cass_session_close(session);
    cass_future_wait(close_future);
    cass_future_free(close_future);
  }
  cass_cluster_free(cluster);
  cass_session_free(session);
  return ok;
}

int main() {
  BackendConfig cfg;
  httplib::Server svr;
  svr.Get(R"(/v1/cassandra/creds/(\w+))", [&](const httplib::Request &req, httplib::Response &res) {
    std::string user = "vault-" + std::string(req.matches[1]);
    if (createUser(cfg, user, "s3cr3t"))
      res.set_content("{\"username\":\"" + user + "\"}", "application/json");
    else
      res.status = 500;
  });
  svr.listen("0.0.0.0", 8200);
}

// SOURCE: github.com/hashicorp/vault/issues/1801 (reporter: "I'm working on the change to reuse a session once created" - the fix keeps one session in the backend and creates it only when missing); rendered from Go to the DataStax C/C++ driver, creds endpoint served by cpp-httplib
// LIBRARY: cassandra
// FLAGS: -I../stubs
// SHAPE: negative - session created lazily under a mutex into a backend member and reused by every creds request
#include <cassandra.h>
#include <httplib.h>
#include <mutex>
#include <string>

class CassandraBackend {
 public:
  explicit CassandraBackend(std::string hosts) : hosts_(std::move(hosts)) {}
  CassSession *getSession() {
    std::lock_guard<std::mutex> lock(mu_);
    if (session_ != nullptr) return session_;
    cluster_ = cass_cluster_new();
    cass_cluster_set_contact_points(cluster_, hosts_.c_str());
    session_ = cass_session_new();
    CassFuture *f = cass_session_connect(session_, cluster_);
    cass_future_wait(f);
    cass_future_free(f);
    return session_;
  }
  bool createUser(const std::string &username) {
    CassSession *session = getSession();
    std::string q = "CREATE USER '" + username + "' WITH PASSWORD 'x' NOSUPERUSER;";
    CassStatement *st = cass_statement_new(q.c_str(), 0);
    CassFuture *f = cass_session_execute(session, st);
    bool ok = cass_future_error_code(f) == CASS_OK;
    cass_future_free(f);
    cass_statement_free(st);
    return ok;
  }
 private:
  std::string hosts_;
  std::mutex mu_;
  CassCluster *cluster_ = nullptr;
  CassSession *session_ = nullptr;
};

int main() {
  CassandraBackend backend("10.0.0.1,10.0.0.2");
  httplib::Server svr;
  svr.Get(R"(/v1/cassandra/creds/(\w+))", [&](const httplib::Request &req, httplib::Response &res) {
    res.status = backend.createUser("vault-" + std::string(req.matches[1])) ? 200 : 500;
  });
  svr.listen("0.0.0.0", 8200);
}

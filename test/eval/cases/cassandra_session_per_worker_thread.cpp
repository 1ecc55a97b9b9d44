// SOURCE: code-search excerpt of a DataStax C++ driver benchmark ("int insertRecords(CassCluster* cluster, std::atomic_size_t& loopCount) { CassSession* session = cass_session_new(); ... while (true) { std::size_t i = loopCount.fetch_add(1); ... } }", LoopCount = 100000, ParallelDegreePerCore = 20; the search did not name the repository)
// LIBRARY: cassandra
// SHAPE: negative - one session per std::thread worker, created before that worker's insert loop and kept for all its iterations
// FLAGS: -I../stubs
#include <atomic>
#include <cassandra.h>
#include <iostream>
#include <thread>
#include <vector>

static const std::size_t LoopCount = 100000;

int insertRecords(CassCluster *cluster, std::atomic_size_t &loopCount) {
  CassSession *session = cass_session_new();
  CassFuture *connectFuture = cass_session_connect(session, cluster);
  CassError connectError = cass_future_error_code(connectFuture);
  cass_future_free(connectFuture);
  if (connectError != 0) {
    std::cerr << "connect error:" << cass_error_desc(connectError) << std::endl;
    return -1;
  }
  while (true) {
    std::size_t i = loopCount.fetch_add(1);
    if (i >= LoopCount)
      break;
    CassStatement *insertStatement = cass_statement_new("INSERT INTO test.t (id, v) VALUES (?, 'x')", 1);
    cass_statement_bind_int32(insertStatement, 0, static_cast<cass_int32_t>(i));
    CassFuture *f = cass_session_execute(session, insertStatement);
    cass_future_wait(f);
    cass_future_free(f);
    cass_statement_free(insertStatement);
  }
  cass_session_free(session);
  return 0;
}

int main() {
  CassCluster *cluster = cass_cluster_new();
  cass_cluster_set_contact_points(cluster, "127.0.0.1");
  std::atomic_size_t loopCount(0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 20; ++t)
    threads.emplace_back([&] { insertRecords(cluster, loopCount); });
  for (auto &t : threads)
    t.join();
  cass_cluster_free(cluster);
}

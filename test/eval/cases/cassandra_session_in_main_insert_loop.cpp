// SOURCE: https://github.com/pandeyg-raj/ycsb/blob/HEAD/CassClient/insertData.cpp (cluster and session made once in main; insert_large_object(session, key, ...) called in a for loop)
// LIBRARY: cassandra
// FLAGS: -I../stubs
// SHAPE: negative - session made once in main and passed to the loop's helper
#include <cassandra.h>
#include <iostream>
#include <string>

void insert_large_object(CassSession *session, int key, const std::string &large_object) {
  CassStatement *statement = cass_statement_new("INSERT INTO ks.objects (key, data) VALUES (?, ?)", 2);
  cass_statement_bind_int32(statement, 0, key);
  cass_statement_bind_string(statement, 1, large_object.c_str());
  CassFuture *future = cass_session_execute(session, statement);
  cass_future_wait(future);
  cass_future_free(future);
  cass_statement_free(statement);
}

int main(int argc, char **argv) {
  int TotalInsertion = 1;
  CassCluster *cluster = cass_cluster_new();
  CassSession *session = cass_session_new();
  cass_cluster_set_contact_points(cluster, "10.158.34.27");
  CassFuture *connect_future = cass_session_connect(session, cluster);
  cass_future_wait(connect_future);
  if (cass_future_error_code(connect_future) == CASS_OK) {
    std::string large_object = "this is a large object";
    for (int key = 0; key < TotalInsertion; key++)
      insert_large_object(session, key, large_object);
  } else {
    std::cerr << "Connection error" << std::endl;
  }
  cass_future_free(connect_future);
  cass_session_free(session);
  cass_cluster_free(cluster);
  return 0;
}

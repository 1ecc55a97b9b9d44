// SOURCE: public GitHub file (Cassandra C API wrapper tests, test_select_simpledb(); search-index id 39160230133; the index does not name its repository)
// LIBRARY: cassandra
// SHAPE: positive - the connect future is overwritten through execute_query(..., &future) without cass_future_free, and the CassResult from cass_future_get_result is never freed
// FLAGS: -I../stubs
#include <cassandra.h>
#include <stdio.h>

#define TEST_RESULT_SUCCESS 0
#define TEST_RESULT_FAILURE 1

CassCluster *cass_api_create_cluster(const char *hosts, const char *user, const char *pass, int a, int b, int c, int d);
void print_error(CassFuture *future);

CassError execute_query(CassSession *session, const char *query, CassFuture **result) {
  CassError rc = CASS_OK;
  CassFuture *future = NULL;
  CassStatement *statement = cass_statement_new(query, 0);
  future = cass_session_execute(session, statement);
  cass_future_wait(future);
  rc = cass_future_error_code(future);
  if (rc != CASS_OK) {
    print_error(future);
  }
  *result = future;
  cass_statement_free(statement);
  return rc;
}

int test_select_simpledb() {
  CassError rc = CASS_OK;
  CassFuture *future = NULL;

  CassCluster *cluster = cass_api_create_cluster("127.0.0.1", "cassandra", "cassandra", 2, 10000, 1, 2);
  CassSession *session = cass_session_new();

  future = cass_session_connect(session, cluster); // EXPECT-WARN
  cass_future_wait(future);

  rc = cass_future_error_code(future);
  if (rc != CASS_OK) {
    print_error(future);
    cass_cluster_free(cluster);
    cass_session_free(session);
    return TEST_RESULT_FAILURE;
  }

  int ret = execute_query(session, "select uid,name,lasname,phone from examples.peaw", &future);
  if (ret == CASS_OK) {
    const CassResult *result = cass_future_get_result(future); // EXPECT-WARN
    printf("got result %p\n", (const void *)result);
  }

  cass_future_free(future);
  cass_cluster_free(cluster);
  cass_session_free(session);
  return TEST_RESULT_SUCCESS;
}

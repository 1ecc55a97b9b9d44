/* Minimal stand-in for the DataStax C/C++ driver (cassandra.h, cpp-driver 2.x);
 * not installed on Debian here. Declarations follow upstream include/cassandra.h. */
#pragma GCC system_header
#ifndef FRESH_STUB_CASSANDRA_H
#define FRESH_STUB_CASSANDRA_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct CassCluster_ CassCluster;
typedef struct CassSession_ CassSession;
typedef struct CassFuture_ CassFuture;
typedef struct CassStatement_ CassStatement;
typedef struct CassResult_ CassResult;
typedef struct CassPrepared_ CassPrepared;
typedef enum CassError_ { CASS_OK = 0, CASS_ERROR_LIB_NO_HOSTS_AVAILABLE = 1 } CassError;
CassCluster *cass_cluster_new(void);
void cass_cluster_free(CassCluster *cluster);
CassError cass_cluster_set_contact_points(CassCluster *cluster, const char *contact_points);
CassSession *cass_session_new(void);
void cass_session_free(CassSession *session);
CassFuture *cass_session_connect(CassSession *session, const CassCluster *cluster);
CassFuture *cass_session_connect_keyspace(CassSession *session, const CassCluster *cluster, const char *keyspace);
CassFuture *cass_session_close(CassSession *session);
CassFuture *cass_session_execute(CassSession *session, const CassStatement *statement);
CassFuture *cass_session_prepare(CassSession *session, const char *query);
void cass_future_free(CassFuture *future);
void cass_future_wait(CassFuture *future);
CassError cass_future_error_code(CassFuture *future);
void cass_future_error_message(CassFuture *future, const char **message, size_t *message_length);
const CassResult *cass_future_get_result(CassFuture *future);
const CassPrepared *cass_future_get_prepared(CassFuture *future);
void cass_result_free(const CassResult *result);
void cass_prepared_free(const CassPrepared *prepared);
CassStatement *cass_statement_new(const char *query, size_t parameter_count);
CassStatement *cass_prepared_bind(const CassPrepared *prepared);
void cass_statement_free(CassStatement *statement);
CassError cass_statement_bind_string(CassStatement *statement, size_t index, const char *value);
CassError cass_statement_bind_int32(CassStatement *statement, size_t index, int value);
const char *cass_error_desc(CassError error);
#ifdef __cplusplus
}
#endif
#endif

/* Held-out stub of the DataStax C/C++ driver (datastax/cpp-driver include/cassandra.h), declarations only. */
#pragma GCC system_header
#ifndef HELDOUT_CASSANDRA_H
#define HELDOUT_CASSANDRA_H
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
typedef enum CassError_ { CASS_OK = 0, CASS_ERROR_LIB_BAD_PARAMS = 0x01000001 } CassError;
CassCluster *cass_cluster_new(void);
void cass_cluster_free(CassCluster *cluster);
CassError cass_cluster_set_contact_points(CassCluster *cluster, const char *contact_points);
CassError cass_cluster_set_port(CassCluster *cluster, int port);
CassSession *cass_session_new(void);
void cass_session_free(CassSession *session);
CassFuture *cass_session_connect(CassSession *session, const CassCluster *cluster);
CassFuture *cass_session_connect_keyspace(CassSession *session, const CassCluster *cluster, const char *keyspace);
CassFuture *cass_session_close(CassSession *session);
CassFuture *cass_session_execute(CassSession *session, const CassStatement *statement);
CassFuture *cass_session_prepare(CassSession *session, const char *query);
CassStatement *cass_statement_new(const char *query, size_t parameter_count);
void cass_statement_free(CassStatement *statement);
CassError cass_statement_bind_string(CassStatement *statement, size_t index, const char *value);
CassError cass_future_error_code(CassFuture *future);
void cass_future_wait(CassFuture *future);
void cass_future_free(CassFuture *future);
const CassResult *cass_future_get_result(CassFuture *future);
void cass_result_free(const CassResult *result);
void cass_future_error_message(CassFuture *future, const char **message, size_t *message_length);
#ifdef __cplusplus
}
#endif
#endif

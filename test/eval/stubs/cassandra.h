/* Minimal stand-in for the DataStax C/C++ driver (datastax/cpp-driver, include/cassandra.h):
 * only the declarations the evaluation cases use, with the library's signatures.
 * Not packaged by Debian. */
#pragma once
#pragma GCC system_header
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef enum { cass_false = 0, cass_true = 1 } cass_bool_t;
typedef int32_t cass_int32_t;
typedef int64_t cass_int64_t;
typedef enum CassError_ { CASS_OK = 0, CASS_ERROR_LIB_BAD_PARAMS = 0x01000001 } CassError;
typedef enum CassConsistency_ { CASS_CONSISTENCY_ONE = 0x0001, CASS_CONSISTENCY_LOCAL_ONE = 0x000A } CassConsistency;
typedef struct CassCluster_ CassCluster;
typedef struct CassSession_ CassSession;
typedef struct CassFuture_ CassFuture;
typedef struct CassStatement_ CassStatement;
typedef struct CassResult_ CassResult;
typedef struct CassPrepared_ CassPrepared;
typedef struct CassRow_ CassRow;
typedef struct CassValue_ CassValue;
typedef struct CassIterator_ CassIterator;
typedef void (*CassFutureCallback)(CassFuture *future, void *data);

CassCluster *cass_cluster_new(void);
void cass_cluster_free(CassCluster *cluster);
CassError cass_cluster_set_contact_points(CassCluster *cluster, const char *contact_points);
CassError cass_cluster_set_port(CassCluster *cluster, int port);
void cass_cluster_set_credentials(CassCluster *cluster, const char *username, const char *password);
CassError cass_cluster_set_num_threads_io(CassCluster *cluster, unsigned num_threads);
CassSession *cass_session_new(void);
void cass_session_free(CassSession *session);
CassFuture *cass_session_connect(CassSession *session, const CassCluster *cluster);
CassFuture *cass_session_connect_keyspace(CassSession *session, const CassCluster *cluster, const char *keyspace);
CassFuture *cass_session_close(CassSession *session);
CassFuture *cass_session_prepare(CassSession *session, const char *query);
CassFuture *cass_session_execute(CassSession *session, const CassStatement *statement);
void cass_future_free(CassFuture *future);
CassError cass_future_set_callback(CassFuture *future, CassFutureCallback callback, void *data);
void cass_future_wait(CassFuture *future);
CassError cass_future_error_code(CassFuture *future);
void cass_future_error_message(CassFuture *future, const char **message, size_t *message_length);
const CassResult *cass_future_get_result(CassFuture *future);
const CassPrepared *cass_future_get_prepared(CassFuture *future);
void cass_prepared_free(const CassPrepared *prepared);
CassStatement *cass_prepared_bind(const CassPrepared *prepared);
CassStatement *cass_statement_new(const char *query, size_t parameter_count);
void cass_statement_free(CassStatement *statement);
CassError cass_statement_bind_int32(CassStatement *statement, size_t index, cass_int32_t value);
CassError cass_statement_bind_string(CassStatement *statement, size_t index, const char *value);
CassError cass_statement_set_consistency(CassStatement *statement, CassConsistency consistency);
void cass_result_free(const CassResult *result);
const CassRow *cass_result_first_row(const CassResult *result);
const CassValue *cass_row_get_column(const CassRow *row, size_t index);
CassError cass_value_get_string(const CassValue *value, const char **output, size_t *output_size);
const char *cass_error_desc(CassError error);
#ifdef __cplusplus
}
#endif

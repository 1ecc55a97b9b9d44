// SOURCE: https://github.com/duckdb/duckdb-postgres/pull/546 ("Fix connection pool slot leak on COMMIT failure": when COMMIT or ROLLBACK fails, the pool connection tied to the transaction is not returned; rendered with libmongoc)
// LIBRARY: mongoc
// SHAPE: positive - rendered: a transaction helper pops a client, starts a session and a transaction; a failed insert or a failed commit jumps to an 'abort' label that aborts the transaction and ends the session but does not push, while the success path pushes before its own return
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>

bool transfer_credit(mongoc_client_pool_t *pool, const bson_t *debit,
                     const bson_t *credit) {
  bson_error_t error;
  mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN
  mongoc_client_session_t *session =
      mongoc_client_start_session(client, NULL, &error);
  if (!session) {
    mongoc_client_pool_push(pool, client);
    return false;
  }
  mongoc_collection_t *ledger =
      mongoc_client_get_collection(client, "bank", "ledger");
  bson_t opts = BSON_INITIALIZER;

  if (!mongoc_client_session_start_transaction(session, NULL, &error))
    goto abort;
  if (!mongoc_client_session_append(session, &opts, &error))
    goto abort;
  if (!mongoc_collection_insert_one(ledger, debit, &opts, NULL, &error) ||
      !mongoc_collection_insert_one(ledger, credit, &opts, NULL, &error))
    goto abort;
  if (!mongoc_client_session_commit_transaction(session, NULL, &error))
    goto abort;

  bson_destroy(&opts);
  mongoc_collection_destroy(ledger);
  mongoc_client_session_destroy(session);
  mongoc_client_pool_push(pool, client);
  return true;

abort:
  MONGOC_WARNING("transfer failed: %s", error.message);
  mongoc_client_session_abort_transaction(session, NULL);
  bson_destroy(&opts);
  mongoc_collection_destroy(ledger);
  mongoc_client_session_destroy(session);
  return false;
}

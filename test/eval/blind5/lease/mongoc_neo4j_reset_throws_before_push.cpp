// SOURCE: https://github.com/neo4j/neo4j-java-driver/pull/167 ("Resolve issue where pooled connections could leak if exception occurred": close() called reset() and then returned the session to the pool outside a finally; rendered with libmongoc)
// LIBRARY: mongoc
// SHAPE: positive (hard) - rendered: a pooled session wrapper's close() calls a reset helper declared in another file that throws on a failed reset, then pushes; a throwing reset loses the client. Documented gap: calls that may throw are exits only with AssumeCallsMayThrow (default false), so this is an expected FN by default
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <string>

// Ends transactions and kills cursors left on the client; throws
// std::runtime_error when the server does not answer (defined elsewhere).
void resetClientState(mongoc_client_t *Client, const std::string &Db);

class PooledSession {
public:
  PooledSession(mongoc_client_pool_t *Pool, std::string Db)
      : Pool(Pool), Db(std::move(Db)) {}
  void runAndClose(const bson_t *Cmd);

private:
  mongoc_client_pool_t *Pool;
  std::string Db;
};

void PooledSession::runAndClose(const bson_t *Cmd) {
  mongoc_client_t *Client = mongoc_client_pool_pop(Pool); // EXPECT-WARN
  mongoc_client_command_simple(Client, Db.c_str(), Cmd, nullptr, nullptr,
                               nullptr);
  resetClientState(Client, Db);
  mongoc_client_pool_push(Pool, Client);
}

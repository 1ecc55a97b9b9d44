// SOURCE: rendered from neo4j/neo4j-java-driver pull request #167 (https://github.com/neo4j/neo4j-java-driver/pull/167), PooledConnection.close(): 'try { reset(); sync(); release.accept(this); } catch (Exception ex) { dispose(); }'; written with a mongoc pooled client
// LIBRARY: mongoc
// SHAPE: positive - when the session reset throws, the catch handler destroys the popped client instead of pushing it back, so the pool keeps counting it as lent out
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdexcept>
#include <string>

struct Job {
  std::string collection;
  bson_t *doc;
};

void runJob(mongoc_client_t *client, const Job &job); // throws on failure
void resetSession(mongoc_client_t *client);            // throws on failure

bool runPooled(mongoc_client_pool_t *pool, const Job &job) {
  mongoc_client_t *client = mongoc_client_pool_pop(pool);
  try {
    runJob(client, job);
    resetSession(client);
    mongoc_client_pool_push(pool, client);
  } catch (const std::exception &e) {
    MONGOC_WARNING("job on %s failed: %s", job.collection.c_str(), e.what());
    // a client in an unknown state must not go to the next borrower
    mongoc_client_destroy(client); // EXPECT-WARN
    return false;
  }
  return true;
}

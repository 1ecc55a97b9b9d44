// SOURCE: https://github.com/RakuenSoftware/aimee/pull/2198 ("Name the worker that leaked the DB2 pool lease": a periodic worker took a pool member and skipped its release, pinning one member per worker until the pool was exhausted; rendered with libmongoc)
// LIBRARY: mongoc
// SHAPE: positive - a maintenance loop pops a client each round and `continue`s past the push when there is nothing to do
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>
#include <unistd.h>

extern volatile bool maintenance_running;

void *maintenance_worker(void *arg) {
  mongoc_client_pool_t *pool = arg;
  while (maintenance_running) {
    mongoc_client_t *client = mongoc_client_pool_pop(pool); // EXPECT-WARN
    mongoc_collection_t *queue =
        mongoc_client_get_collection(client, "jobs", "queue");
    int64_t pending = mongoc_collection_estimated_document_count(
        queue, NULL, NULL, NULL, NULL);
    if (pending <= 0) {
      mongoc_collection_destroy(queue);
      sleep(5);
      continue;
    }
    bson_t filter = BSON_INITIALIZER;
    mongoc_collection_delete_many(queue, &filter, NULL, NULL, NULL);
    mongoc_collection_destroy(queue);
    mongoc_client_pool_push(pool, client);
  }
  return NULL;
}

// SOURCE: rendered from the job-struct handover shape of C services that pass a pooled client to a worker queue (mongo-c-driver tutorial's pooled threads, public GitHub file, search-index id 242208452); here the enqueue failure frees the job without pushing its client
// LIBRARY: mongoc
// SHAPE: positive - the popped client is stored straight into a heap job; when the queue is full the job is freed and the client inside it is never pushed back (documented gap: storing a lease through a pointer counts as handing it over)
// FLAGS: -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0
#include <mongoc/mongoc.h>
#include <stdbool.h>
#include <stdlib.h>

struct job {
  mongoc_client_pool_t *pool;
  mongoc_client_t *client;
  bson_t *doc;
};

bool job_queue_try_push(struct job *j);

int submit_insert(mongoc_client_pool_t *pool, bson_t *doc) {
  struct job *j = malloc(sizeof *j);
  if (!j)
    return -1;
  j->pool = pool;
  j->client = mongoc_client_pool_pop(pool); // EXPECT-WARN
  j->doc = doc;
  if (!job_queue_try_push(j)) {
    MONGOC_WARNING("job queue full, dropping insert");
    free(j);
    return -1;
  }
  return 0;
}

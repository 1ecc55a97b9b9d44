// SOURCE: public GitHub file (arcus-c-client sample, my_application_thread: memcached_pool_pop, work only when non-NULL, memcached_pool_push after the if/else in every iteration; search-index id 15152129962; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - each loop iteration pops a client, uses it only when it is not NULL, and pushes unconditionally after the if/else (a NULL push is a harmless MEMCACHED_INVALID_ARGUMENTS); nothing leaves the iteration holding a client
#include <libmemcachedutil-1.0/pool.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static int number_of_threads;
static int global_stat_failure[64];

void sample_sop_piped_exist(memcached_st *mc, int id, uint32_t userid);

void *my_application_thread(void *ctx_pool) {
  memcached_pool_st *pool = (memcached_pool_st *)ctx_pool;
  uint32_t userid = 0;
  memcached_st *mc;
  memcached_return rc;
  int id;

  pthread_mutex_lock(&mutex);
  id = number_of_threads++;
  pthread_mutex_unlock(&mutex);

  while (userid++ < 10) {
    mc = memcached_pool_pop(pool, true, &rc);
    if (mc != NULL) {
      sample_sop_piped_exist(mc, id, userid);
    } else {
      fprintf(stderr, "Failed to get the memcached instance from pool!\n");
      ++global_stat_failure[id];
    }
    if (memcached_pool_push(pool, mc) != MEMCACHED_SUCCESS)
      fprintf(stderr, "Failed to release the memcached instance!\n");
    sleep(1);
  }
  return NULL;
}

// SOURCE: libmemcached tests/function.c, connection_pool_test (public GitHub file; search-index id 20518604151; the index does not name its repository); the final release loop is reconstructed from the test's purpose (it runs against a shared server and must hand every client back before destroying the pool)
// LIBRARY: memcached
// SHAPE: negative - ten clients are popped into a local array, an eleventh pop is only asserted to fail on the exhausted pool (assert aborts on the other branch), a helper thread pushes mmc[9] while the main thread blocks on a pop into the same slot, and every slot is pushed back in a loop at the end
// FLAGS:
#include <libmemcached/memcached.h>
#include <libmemcached/util.h>

#include <assert.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

struct release_item {
  memcached_pool_st *pool;
  memcached_st *mmc;
};

static void *connection_release(void *arg) {
  struct release_item *resource = arg;
  usleep(250);
  assert(memcached_pool_push(resource->pool, resource->mmc) == MEMCACHED_SUCCESS);
  return arg;
}

int connection_pool_test(memcached_st *memc) {
  memcached_pool_st *pool = memcached_pool_create(memc, 5, 10);
  assert(pool != NULL);
  memcached_st *mmc[10];
  memcached_return_t rc;

  for (int x = 0; x < 10; ++x) {
    mmc[x] = memcached_pool_pop(pool, false, &rc);
    assert(mmc[x] != NULL);
    assert(rc == MEMCACHED_SUCCESS);
  }

  assert(memcached_pool_pop(pool, false, &rc) == NULL);
  assert(rc == MEMCACHED_SUCCESS);

  pthread_t tid;
  struct release_item item = {.pool = pool, .mmc = mmc[9]};
  pthread_create(&tid, NULL, connection_release, &item);
  mmc[9] = memcached_pool_pop(pool, true, &rc);
  assert(rc == MEMCACHED_SUCCESS);
  pthread_join(tid, NULL);
  assert(mmc[9] == item.mmc);

  const char *key = "key";
  size_t keylen = strlen(key);
  rc = memcached_set(mmc[0], key, keylen, "0", 1, 0, 0);
  assert(rc == MEMCACHED_SUCCESS);
  for (unsigned int x = 0; x < 10; ++x) {
    uint64_t number_value;
    rc = memcached_increment(mmc[x], key, keylen, 1, &number_value);
    assert(rc == MEMCACHED_SUCCESS);
    assert(number_value == (x + 1));
  }

  for (int x = 0; x < 10; ++x) {
    rc = memcached_pool_push(pool, mmc[x]);
    assert(rc == MEMCACHED_SUCCESS);
  }

  assert(memcached_pool_destroy(pool) == memc);
  return 0;
}

// SOURCE: awesomized/libmemcached, test case "memcached_util_pool_thread" (Catch2; search-index id 31902497980)
// LIBRARY: memcached
// SHAPE: negative - a test fetches the pool's only connection, hands it to a context object that a thread uses to release it after two seconds, then retries a non-blocking fetch up to five times, breaking out on success and asserting that a failed fetch returned NULL; the connection fetched in the loop is released at the end (Catch2's REQUIRE, which throws, replaced by an aborting macro; the test registration reduced to a function)
#include <libmemcachedutil-1.0/pool.h>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <pthread.h>
#include <semaphore.h>
#include <thread>

#define REQUIRE(x)                                                             \
  do {                                                                         \
    if (!(x))                                                                  \
      std::abort();                                                            \
  } while (0)
#define REQUIRE_FALSE(x) REQUIRE(!(x))

struct test_pool_context_st {
  volatile memcached_return_t rc;
  memcached_pool_st *pool;
  memcached_st *memc;
  sem_t _lock;

  test_pool_context_st(memcached_pool_st *pool_arg, memcached_st *memc_arg)
      : rc(MEMCACHED_FAILURE), pool(pool_arg), memc(memc_arg) {
    sem_init(&_lock, 0, 0);
  }

  void wait() { sem_wait(&_lock); }
  void release() { sem_post(&_lock); }
  ~test_pool_context_st() { sem_destroy(&_lock); }
};

static void *connection_release(void *arg) {
  std::this_thread::sleep_for(std::chrono::seconds(2));
  auto res = static_cast<test_pool_context_st *>(arg);
  res->rc = memcached_pool_release(res->pool, res->memc);
  res->release();

  pthread_exit(arg);
}

void memcached_util_pool_thread(memcached_st *memc) {
  auto pool = memcached_pool_create(memc, 1, 1);
  REQUIRE(pool);

  memcached_return_t rc;
  auto pool_memc = memcached_pool_fetch(pool, nullptr, &rc);
  REQUIRE(MEMCACHED_SUCCESS == rc);
  REQUIRE(pool_memc);

  pthread_t tid;
  test_pool_context_st item(pool, pool_memc);

  REQUIRE(0 == pthread_create(&tid, nullptr, connection_release, &item));
  item.wait();

  memcached_st *pop_memc;
  // We do a hard loop, and try N times
  int counter = 5;
  do {
    struct timespec relative_time = {0, 0};
    pop_memc = memcached_pool_fetch(pool, &relative_time, &rc);

    if (memcached_success(rc)) {
      break;
    }
    std::cerr << "rc == " << memcached_strerror(nullptr, rc);
    if (memcached_failed(rc)) {
      REQUIRE_FALSE(pop_memc);
      REQUIRE(rc != MEMCACHED_TIMEOUT);
    }
  } while (--counter);

  // Cleanup thread since we will exit once we test.
  REQUIRE(0 == pthread_join(tid, nullptr));
  REQUIRE(MEMCACHED_SUCCESS == rc);
  REQUIRE(pool_memc == pop_memc);
  REQUIRE(MEMCACHED_SUCCESS == memcached_pool_release(pool, pop_memc));
  REQUIRE(memcached_pool_destroy(pool) == memc);
}

// SOURCE: rendered from awesomized/libmemcached tests, regression lp962815 worker (public GitHub file, search-index id 560986423; the index does not name its repository); here the set failure 'continue's like the fetch failures above it
// LIBRARY: memcached
// SHAPE: positive - in a worker loop, a failed memcached_set 'continue's to the next iteration without releasing the connection fetched in this one
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <atomic>
#include <iostream>
#include <string>

struct worker_ctx {
  memcached_pool_st *pool;
  std::atomic<long> failures{0};
};

static std::atomic<bool> running{true};
std::string random_ascii_string(size_t len);

static void *worker(void *arg) {
  auto *ctx = static_cast<worker_ctx *>(arg);

  while (running.load()) {
    memcached_return_t rc;
    timespec block{0, 1000};
    auto *mc = memcached_pool_fetch(ctx->pool, &block, &rc); // EXPECT-WARN
    if (!mc) {
      continue;
    }

    auto rs = random_ascii_string(12);
    rc = memcached_set(mc, rs.c_str(), rs.length(), rs.c_str(), rs.length(),
                       0, 0);
    if (memcached_failed(rc)) {
      std::cerr << "failed to memcached_set() "
                << memcached_last_error_message(mc) << std::endl;
      ctx->failures++;
      continue;
    }
    memcached_pool_release(ctx->pool, mc);
  }

  return ctx;
}

void *(*worker_entry)(void *) = worker;

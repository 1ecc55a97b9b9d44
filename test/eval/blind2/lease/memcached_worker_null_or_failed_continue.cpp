// SOURCE: awesomized/libmemcached tests, regression lp962815 worker (public GitHub file, search-index id 560986423; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative (hard) - a worker loop fetches with a timeout and 'continue's when the fetch gave NULL (tested as '!mc && rc == MEMCACHED_TIMEOUT' and '!mc || memcached_failed(rc)'); a successful fetch is released at the bottom of every iteration
#include <libmemcached/memcached.h>
#include <libmemcachedutil-1.0/pool.h>
#include <atomic>
#include <iostream>
#include <string>

struct worker_ctx {
  memcached_pool_st *pool;
};

static std::atomic<bool> running{true};
static bool is_running() { return running.load(); }
std::string random_ascii_string(size_t len);

static void *worker(void *arg) {
  auto *ctx = static_cast<worker_ctx *>(arg);

  while (is_running()) {
    memcached_return_t rc;
    timespec block{0, 1000};
    auto *mc = memcached_pool_fetch(ctx->pool, &block, &rc);

    if (!mc && rc == MEMCACHED_TIMEOUT) {
      continue;
    }
    if (!mc || memcached_failed(rc)) {
      std::cerr << "failed to fetch connection from pool: "
                << memcached_strerror(nullptr, rc) << std::endl;
      continue;
    }

    auto rs = random_ascii_string(12);
    rc = memcached_set(mc, rs.c_str(), rs.length(), rs.c_str(), rs.length(),
                       0, 0);
    if (memcached_failed(rc)) {
      std::cerr << "failed to memcached_set() "
                << memcached_last_error_message(mc) << std::endl;
    }
    rc = memcached_pool_release(ctx->pool, mc);
    if (memcached_failed(rc)) {
      std::cerr << "failed to release connection to pool: "
                << memcached_strerror(nullptr, rc) << std::endl;
    }
  }

  return ctx;
}

void *(*worker_entry)(void *) = worker;

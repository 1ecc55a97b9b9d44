// SOURCE: public GitHub file of a Node.js libmemcached binding, MemcachedNative::DoAsyncWorker::Execute (search-index id 30940966493; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the worker fetches a client with a deadline and only touches it under `if (memcached_success(rc))`, where the job runs and the client is pushed back; on the other branch the fetch failed and nothing is held
// FLAGS:
#include <libmemcached/memcached.h>
#include <libmemcached/util.h>

#include <ctime>

class JobBase {
public:
  virtual ~JobBase() = default;
  virtual void execute(memcached_st *Client) = 0;
};

class DoAsyncWorker {
public:
  DoAsyncWorker(memcached_pool_st *_pool, JobBase *_job)
      : pool(_pool), job(_job) {}

  void Execute() {
    struct timespec tSpec = {time(0) + 10, 0};
    memcached_st *mClient = memcached_pool_fetch(pool, &tSpec, &rc);
    if (memcached_success(rc)) {
      job->execute(mClient);
      memcached_pool_push(pool, mClient);
    }
  }

private:
  memcached_pool_st *pool;
  JobBase *job;
  memcached_return_t rc;
};

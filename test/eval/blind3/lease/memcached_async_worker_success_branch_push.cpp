// SOURCE: public GitHub file DoAsyncWorker.hpp of a Node.js native memcached binding (MemcachedNative::DoAsyncWorker::Execute; search-index id 30940966493; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the libuv worker fetches a connection with a deadline and runs the job and pushes the connection back only inside the branch where the fetch status is a success; on the other branch the pool returned NULL and nothing is held (Nan::AsyncWorker and the job classes reduced)
#include <libmemcachedutil-1.0/pool.h>
#include <ctime>

namespace MemcachedNative {

class JobBase {
public:
  virtual ~JobBase() = default;
  virtual void execute(memcached_st *client) = 0;
};

class AsyncWorker {
public:
  virtual ~AsyncWorker() = default;
  virtual void Execute() = 0;
};

class DoAsyncWorker : public AsyncWorker {
private:
  memcached_pool_st *pool;
  JobBase *job;
  memcached_return_t rc;

public:
  DoAsyncWorker(memcached_pool_st *_pool, JobBase *_job)
      : pool(_pool), job(_job) {}

  void Execute() override {
    struct timespec tSpec = {time(0) + 10, 0};
    memcached_st *mClient = memcached_pool_fetch(pool, &tSpec, &rc);
    if (memcached_success(rc)) {
      job->execute(mClient);
      memcached_pool_push(pool, mClient);
    }
  }
};

} // namespace MemcachedNative

// SOURCE: public blog post on SOCI's pool (search-index id 16641209315): "session sql(g_pool); -- a session constructed from the pool locks one at construction and unlocks at destruction", used in worker threads
// LIBRARY: soci
// SHAPE: negative - each worker lambda builds 'soci::session sql(pool)', which gives its position back when it goes out of scope, including the early return and the exception
#include <soci/connection-pool.h>
#include <soci/soci.h>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

void run_workers(soci::connection_pool &pool, int n) {
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i) {
    threads.emplace_back([&pool, i] {
      soci::session sql(pool);
      int pending = 0;
      sql << "select count(*) from queue where shard = :s", soci::use(i),
          soci::into(pending);
      if (pending == 0)
        return;
      if (pending < 0)
        throw std::runtime_error("corrupt queue");
      sql << "delete from queue where shard = :s", soci::use(i);
    });
  }
  for (auto &t : threads)
    t.join();
}

// SOURCE: public GitHub file of a SOCI connection-pool demo (func(connection_pool&, int) next to init_pool/test1; search-index id 42333760573; the index does not name its repository)
// LIBRARY: soci
// SHAPE: positive - each call leases a position with try_lease and a timeout, prints it and returns; the position is never given back, so after pool-size calls every try_lease times out
// FLAGS:
#include <soci/soci.h>

#include <cstdio>
#include <thread>
#include <vector>

using namespace soci;

void func(connection_pool &pool, int x) {
  size_t pos;
  if (!pool.try_lease(pos, 1000)) // EXPECT-WARN
  {
    return;
  }
  printf("x:%d pos:%lu\n", x, pos);
}

void run_workers(connection_pool &pool, int n) {
  std::vector<std::thread> threads;
  for (int i = 0; i < n; ++i)
    threads.emplace_back(func, std::ref(pool), i);
  for (std::thread &t : threads)
    t.join();
}

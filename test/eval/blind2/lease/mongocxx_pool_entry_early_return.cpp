// SOURCE: mongodb/mongo-cxx-driver pull request #1205 "Check return when acquiring client from pool" (https://github.com/mongodb/mongo-cxx-driver/pull/1205) and the try_acquire example of the search-index file id 19378254209
// LIBRARY: mongocxx
// SHAPE: negative - 'auto client = pool.try_acquire()' gives an entry that returns its client to the pool when destroyed; early returns need no give-back
// FLAGS: -I../../stubs
#include <mongocxx/client.hpp>
#include <mongocxx/pool.hpp>
#include <mongocxx/uri.hpp>
#include <iostream>

int check_pool(mongocxx::pool &pool, bool verbose) {
  auto client = pool.try_acquire();
  if (!client) {
    std::cout << "failed to acquire client" << std::endl;
    return 1;
  }
  if (!verbose)
    return 0;
  std::cout << "acquired a client" << std::endl;
  return 0;
}

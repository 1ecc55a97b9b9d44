// SOURCE: public GitHub file (job server single-node mode; search-index id 62473727533; the index does not name its repository)
// LIBRARY: redis-plus-plus
// SHAPE: negative - each of the 4 worker threads creates its Redis client once, before its polling loop
// FLAGS: -I../stubs
#include <sw/redis++/redis++.h>

#include <atomic>
#include <iostream>
#include <thread>
#include <vector>

static std::atomic<bool> shutdown_requested{false};

void run_local_workers() {
  int num_workers = 4;
  std::vector<std::thread> workers;
  for (int i = 0; i < num_workers; ++i) {
    workers.emplace_back([i]() {
      try {
        sw::redis::Redis redis("tcp://localhost:6379");
        std::cout << "Local Worker " << i << " connected to Redis." << std::endl;
        while (!shutdown_requested) {
          auto job = redis.get("queue:jobs");
          if (job) std::cout << "Local Worker " << i << " pulled job " << *job << std::endl;
        }
      } catch (const sw::redis::Error &err) {
        std::cerr << "Redis Error: " << err.what() << std::endl;
      }
    });
  }
  for (auto &t : workers) t.join();
}

// SOURCE: https://github.com/mongodb/mongo-cxx-driver/blob/master/examples/mongocxx/pool.cpp (one mongocxx::pool; each std::thread acquires a client with pool.acquire() and uses it)
// LIBRARY: mongocxx
// FLAGS: -I../stubs
// SHAPE: negative - pool made once in main; per-thread work leases an entry (returned to the pool when it goes out of scope)
#include <bsoncxx/json.hpp>
#include <mongocxx/client.hpp>
#include <mongocxx/instance.hpp>
#include <mongocxx/pool.hpp>
#include <mongocxx/uri.hpp>
#include <string>
#include <thread>
#include <vector>

int main() {
  mongocxx::instance inst{};
  mongocxx::uri uri{"mongodb://localhost:27017/?minPoolSize=3&maxPoolSize=3"};
  mongocxx::pool pool{uri};
  std::vector<std::string> collection_names = {"foo", "bar", "baz"};
  std::vector<std::thread> threads{};
  for (auto i : {0, 1, 2}) {
    auto run = [&](std::int64_t j) {
      auto client = pool.acquire();
      auto coll = (*client)["test"][collection_names[static_cast<std::size_t>(j)]];
      coll.insert_one(bsoncxx::from_json("{\"x\": 1}").view());
    };
    std::thread runner{run, i};
    threads.push_back(std::move(runner));
  }
  for (auto &&runner : threads)
    runner.join();
}

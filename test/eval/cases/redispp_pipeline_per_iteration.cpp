// SOURCE: https://github.com/sewenew/redis-plus-plus#pipeline ("creating a Pipeline object is NOT cheap, since it creates a new connection ... you'd better reuse the Pipeline object") - shape of a batch writer that asks for a new pipeline per batch
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: positive - redis.pipeline() (new connection each time) called in every iteration of the batch loop
#include <string>
#include <sw/redis++/redis++.h>
#include <vector>

void write_batches(sw::redis::Redis &redis, const std::vector<std::vector<std::string>> &batches) {
  for (const auto &batch : batches) {
    auto pipe = redis.pipeline(); // EXPECT-WARN
    for (const auto &key : batch)
      pipe.incr(key);
    pipe.exec();
  }
}

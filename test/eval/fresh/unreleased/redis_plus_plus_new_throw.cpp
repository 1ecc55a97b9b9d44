// SOURCE: https://github.com/sewenew/redis-plus-plus/issues/3 (the maintainer's reproduction: `new sw::redis::Redis(config)` ... `delete redis;` inside try)
// LIBRARY: redis-plus-plus
// SHAPE: positive - if ping() throws (connection refused), control jumps to the catch handlers and the heap-allocated Redis is never deleted
// FLAGS: -I../stubs
#include <sw/redis++/redis++.h>

#include <exception>
#include <iostream>

using namespace sw::redis;
using std::cout;
using std::endl;

void try_redis() {
  try {
    ConnectionOptions config;
    config.host = "127.0.0.1";
    sw::redis::Redis *redis = new sw::redis::Redis(config); // EXPECT-WARN
    cout << redis->ping() << endl;
    delete redis;
  } catch (const Error &err) {
    cout << "redis error: " << err.what() << endl;
  } catch (const std::exception &e) {
    cout << "std error: " << e.what() << endl;
  }
}

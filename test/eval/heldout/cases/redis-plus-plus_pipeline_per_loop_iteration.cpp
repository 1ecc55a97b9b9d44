// SOURCE: github.com/sewenew/redis-plus-plus/issues/136 ("Redis connect timeout error": `auto redis = Redis("tcp://...")` once, then `while(true){ auto pipe = redis.pipeline(false); ... pipe.exec(); pipe.discard(); }`; the README states Pipeline creation "is NOT cheap, since it creates a new connection")
// LIBRARY: redis-plus-plus
// FLAGS: -I../stubs
// SHAPE: positive - Pipeline (which opens its own connection) created in every iteration of an endless loop; the Redis object made before the loop must not be reported
#include <sw/redis++/redis++.h>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace sw::redis;
using namespace std;

int main() {
  auto redis = Redis("tcp://192.168.122.50:6379");
  sleep(5);
  int ep = 100;
  while (true) {
    cout << "========================" << ep << "====\n";
    auto pipe = redis.pipeline(false); // EXPECT-WARN
    for (int i = 1; i <= 500; i++) {
      string s = to_string(i);
      if (i % 2 == 1)
        pipe.set(s, s);
      else
        pipe.get(to_string(i - 1));
    }
    pipe.exec();
  }
}

// SOURCE: public GitHub file (search-index id 70833854869; the index does not name its repository): a publish benchmark where every std::thread lambda connects, publishes, flushes and destroys its own connection; main joins them and calls nats_Close()
// LIBRARY: nats
// SHAPE: negative - per-thread connections held in locals of the lambda, destroyed there; the library teardown runs once in main after every thread is joined
#include <nats/nats.h>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

int main(int argc, char **argv) {
  const char *Url = argc > 1 ? argv[1] : NATS_DEFAULT_URL;
  std::atomic<long long> sent{0};
  std::vector<std::thread> pool;
  for (long long t = 0; t < 8; ++t) {
    pool.emplace_back([&, t] {
      natsConnection *nc = nullptr;
      natsStatus s = natsConnection_ConnectTo(&nc, Url);
      if (s != NATS_OK) {
        std::fprintf(stderr, "thread %lld: %s\n", t, natsStatus_GetText(s));
        return;
      }
      for (int i = 0; i < 10000; ++i)
        if (natsConnection_PublishString(nc, "bench", "x") == NATS_OK)
          ++sent;
      s = natsConnection_FlushTimeout(nc, 30000);
      natsConnection_Destroy(nc);
    });
  }
  for (auto &th : pool)
    th.join();
  nats_Close();
  std::printf("sent %lld\n", sent.load());
  return 0;
}

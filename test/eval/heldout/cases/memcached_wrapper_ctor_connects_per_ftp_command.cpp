// SOURCE: github.com/chmouel/ftp-cloudfs/pull/31 ("Extract memcache connection creation from FTP handler. Otherwise there are too many connections to memcache": a ListDirCache built per FTP command opened its own memcache connection; reidrac measured 380 total connections vs 17 with one per worker); rendered from Python with libmemcached and a std::thread worker loop
// LIBRARY: memcached
// SHAPE: positive - a user wrapper class whose constructor creates and configures a memcached_st, constructed once per FTP command inside the worker's command loop
#include <libmemcached/memcached.h>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

class ListDirCache {
 public:
  explicit ListDirCache(const std::string &servers) {
    memc_ = memcached_create(NULL);
    memcached_server_st *list = memcached_servers_parse(servers.c_str());
    memcached_server_push(memc_, list);
    memcached_server_list_free(list);
  }
  ~ListDirCache() { memcached_free(memc_); }

  std::string listdir(const std::string &path) {
    size_t len = 0;
    uint32_t flags = 0;
    memcached_return_t rc;
    char *v = memcached_get(memc_, path.data(), path.size(), &len, &flags, &rc);
    std::string out = v ? std::string(v, len) : std::string();
    free(v);
    return out;
  }

 private:
  memcached_st *memc_;
};

struct FtpCommand { std::string verb, arg; };
extern bool next_command(int conn, FtpCommand &cmd);
extern void reply(int conn, const std::string &text);

static const std::string kMemcache = "127.0.0.1:11211";

static void ftp_worker(int conn) {
  FtpCommand cmd;
  while (next_command(conn, cmd)) {
    if (cmd.verb == "LIST" || cmd.verb == "NLST") {
      ListDirCache cache(kMemcache); // EXPECT-WARN
      reply(conn, cache.listdir(cmd.arg));
    }
  }
}

int main() {
  std::vector<std::thread> workers;
  for (int c = 0; c < 16; ++c) workers.emplace_back(ftp_worker, c);
  for (auto &w : workers) w.join();
}

// SOURCE: github.com/chmouel/ftp-cloudfs/pull/31 (the merged fix: "1 memcache connection per worker" - the memcache client is created when the worker starts and shared by every FTP command it serves; measured 17 total connections instead of 380); rendered with libmemcached and std::thread workers
// LIBRARY: memcached
// SHAPE: negative - memcached_st created once at the top of each worker thread, before the command loop, and passed by pointer to the per-command code
#include <libmemcached/memcached.h>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

struct FtpCommand { std::string verb, arg; };
extern bool next_command(int conn, FtpCommand &cmd);
extern void reply(int conn, const std::string &text);

static std::string listdir_cached(memcached_st *memc, const std::string &path) {
  size_t len = 0;
  uint32_t flags = 0;
  memcached_return_t rc;
  char *v = memcached_get(memc, path.data(), path.size(), &len, &flags, &rc);
  std::string out = v ? std::string(v, len) : std::string();
  free(v);
  return out;
}

static void ftp_worker(int conn) {
  const char *config = "--SERVER=127.0.0.1:11211";
  memcached_st *memc = memcached(config, strlen(config));
  FtpCommand cmd;
  while (next_command(conn, cmd)) {
    if (cmd.verb == "LIST" || cmd.verb == "NLST") reply(conn, listdir_cached(memc, cmd.arg));
  }
  memcached_free(memc);
}

int main() {
  std::vector<std::thread> workers;
  for (int c = 0; c < 16; ++c) workers.emplace_back(ftp_worker, c);
  for (auto &w : workers) w.join();
}

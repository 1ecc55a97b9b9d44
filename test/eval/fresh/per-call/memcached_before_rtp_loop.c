// SOURCE: public GitHub file (oRTP receiver that stores audio chunks in memcached; search-index id 30340810715; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the memcached connection is created once before the endless receive loop that stores every chunk
#include <libmemcached/memcached.h>
#include <stdio.h>
#include <string.h>

int rtp_recv(char *buf, int len, unsigned int ts, int *have_more);

void receive_loop(const char *uuid) {
  char buf[65000];
  unsigned int ts = 0;

  // Create memcached connection
  memcached_st *memc = memcached_create(NULL);
  memcached_server_add(memc, "localhost", 11211);

  for (;;) {
    int have_more = 1, bytes = 0;
    while (have_more)
      bytes = rtp_recv(buf, sizeof buf, ts, &have_more);
    if (bytes) {
      char key[64];
      snprintf(key, sizeof key, "%s:%12u", uuid, ts);
      memcached_set(memc, key, strlen(key), buf, (size_t)bytes, 0, 0);
    }
    ts += 160;
  }
}

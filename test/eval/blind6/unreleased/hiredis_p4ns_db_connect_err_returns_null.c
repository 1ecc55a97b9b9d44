// SOURCE: public GitHub file (p4ns_db_connect in a P4 network-switch config DB; search-index id 16873939258; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - `c == NULL || c->err` returns NULL for both, so a context that failed to connect (allocated, with err set) is dropped without redisFree
#include <hiredis/hiredis.h>
#include <stdint.h>
#include <stddef.h>

typedef redisContext *p4ns_db_cxt_t;

#define DB_CONNECT_TIMEOUT_SECS 1

p4ns_db_cxt_t p4ns_db_connect(char *ipv4, uint16_t port) {
  struct timeval timeout = {DB_CONNECT_TIMEOUT_SECS, 0};
  redisContext *c = redisConnectWithTimeout(ipv4, port, timeout); // EXPECT-WARN
  if (c == NULL || c->err) {
    return NULL;
  }
  return c;
}

void p4ns_db_free(p4ns_db_cxt_t c) { redisFree(c); }

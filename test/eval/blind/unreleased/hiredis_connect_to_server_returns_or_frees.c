// SOURCE: public GitHub file (parameter server connect_to_server: `if (res && res->err) { ...; redisFree(res); res = NULL; } return res;`; search-index id 36032370133; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - a failed context is freed and the variable reset before the single return; a good one is returned to the caller
#include <hiredis/hiredis.h>
#include <stdio.h>

static redisContext *connect_to_server(char *host_ip, int port) {
  redisContext *res;
  struct timeval timeout = {1, 500000};
  res = redisConnectWithTimeout(host_ip, port, timeout);
  if (res && res->err) {
    fprintf(stderr, "Parameter Server Connection error: %s\n", res->errstr);
    redisFree(res);
    res = NULL;
  }
  return res;
}

struct parameter_server {
  redisContext *c;
  int port;
  char hostip[256];
};

int param_server_open(struct parameter_server *srv) {
  srv->c = connect_to_server(srv->hostip, srv->port);
  return srv->c ? 0 : -1;
}

// SOURCE: public GitHub file (a uWebSockets example that fans out a Redis channel, connectToRedis(): "redisAsyncContext is freed by hiredis in this case"; search-index id 14067350116; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: negative - the connect callback, a captureless lambda, does not free the context of a failed connection (hiredis does) and starts a new connection instead; the disconnect callback only reconnects too (its body is reconstructed: the source is cut there; uWS::App replaced by an opaque pointer; the message handler and the ping timer cut)
#include <hiredis/adapters/libuv.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <cstdio>
#include <string>

static const char *redisHostname = "127.0.0.1";
static const int redisPort = 6379;
static const char *redisTopic = "broadcast";

struct App;

void onMessage(redisAsyncContext *c, void *reply, void *privdata);

/* Connect to Redis server, manages reconnect by calling itself when needed */
bool connectToRedis(App *app) {
  /* Connect to Redis, subscribe to topic */
  redisAsyncContext *c = redisAsyncConnect(redisHostname, redisPort);
  /* Failing here is typically failure to allocate resources or probably DNS
   * resolution */
  if (c->err) {
    printf("Failed to allocate connection: %s\n", c->errstr);
    return false;
  }

  /* User data is the app */
  c->data = app;

  redisLibuvAttach(c, uv_default_loop());
  redisAsyncSetConnectCallback(c, [](const redisAsyncContext *c, int status) {
    /* Failure here is async, such as refused connection or timeout */
    if (status != REDIS_OK) {
      printf("Failed connecting to Redis: %s\n", c->errstr);

      /* We retry connecting immediately */
      connectToRedis((App *)c->data);

      /* redisAsyncContext is freed by hiredis in this case */
      return;
    }

    /* Once connected, subscribe to our topic */
    std::string subscribeCommand = "SUBSCRIBE " + std::string(redisTopic);
    redisAsyncCommand((redisAsyncContext *)c, onMessage, c->data,
                      subscribeCommand.c_str());
  });

  redisAsyncSetDisconnectCallback(c, [](const redisAsyncContext *c,
                                        int status) {
    printf("Disconnected from Redis (%d), reconnecting\n", status);
    connectToRedis((App *)c->data);
  });
  return true;
}

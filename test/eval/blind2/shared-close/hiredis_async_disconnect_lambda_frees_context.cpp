// SOURCE: public GitHub file (a libFuzzer harness for the hiredis async API; search-index id 31243622222; the index does not name its repository)
// LIBRARY: hiredis
// SHAPE: positive - (hard) the disconnect callback, a captureless lambda given to redisAsyncSetDisconnectCallback, frees its own context; hiredis frees the context after the disconnect callback returns, so it is freed twice. The docs describe callbacks passed by name or as &f, so a lambda may not be followed (the const_cast is added: the source passes the const pointer; read and write callbacks cut)
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  (void)data;
  (void)size;
  redisAsyncContext *context = redisAsyncConnect("localhost", 6379);
  if (context == nullptr) {
    return 0;
  }

  redisAsyncSetConnectCallback(context, [](const redisAsyncContext *c,
                                           int status) {
    if (status != REDIS_OK) {
      return;
    }
    redisAsyncCommand(const_cast<redisAsyncContext *>(c), nullptr, nullptr,
                      "PING");
  });

  redisAsyncSetDisconnectCallback(context, [](const redisAsyncContext *c,
                                              int status) {
    if (status != REDIS_OK) {
      return;
    }
    redisAsyncFree(const_cast<redisAsyncContext *>(c)); // EXPECT-WARN
  });

  redisAsyncHandleWrite(context);
  redisAsyncHandleRead(context);
  return 0;
}

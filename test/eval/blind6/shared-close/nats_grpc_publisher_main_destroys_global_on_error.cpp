// SOURCE: public GitHub file (edge nats-publisher main.cpp; search-index id 62218572802; the index does not name its repository)
// LIBRARY: nats
// SHAPE: negative - main connects the global NATS connection, destroys it on the JetStream setup error paths right before returning, and destroys it again at the end after the gRPC server stops (the gRPC server is reduced to a wait)
#include <nats/nats.h>

#include <cstdio>

namespace {
natsConnection *g_nc = nullptr;
jsCtx *g_js = nullptr;

void serveUntilShutdown(jsCtx *) {}
} // namespace

int main() {
  natsOptions *opts = nullptr;
  natsOptions_Create(&opts);
  natsOptions_SetURL(opts, "nats://localhost:4222");
  natsOptions_SetMaxReconnect(opts, -1);

  natsStatus s = natsConnection_Connect(&g_nc, opts);
  natsOptions_Destroy(opts);
  if (s != NATS_OK) {
    std::fprintf(stderr, "nats.Connect: %s\n", natsStatus_GetText(s));
    return 1;
  }

  jsOptions jsOpts;
  jsOptions_Init(&jsOpts);
  s = natsConnection_JetStream(&g_js, g_nc, &jsOpts);
  if (s != NATS_OK) {
    std::fprintf(stderr, "JetStream: %s\n", natsStatus_GetText(s));
    natsConnection_Destroy(g_nc);
    return 1;
  }

  serveUntilShutdown(g_js);

  if (g_js)
    jsCtx_Destroy(g_js);
  if (g_nc)
    natsConnection_Destroy(g_nc);
  return 0;
}

// SOURCE: https://github.com/nats-io/nats.net.v1/issues/350 ("my options are to either open a new connection on each request, or to reuse connections"; maintainer: "connections are expensive to establish (especially with TLS)") - rendered with nats.c: a telemetry loop publishing each sample through a fresh connection
// LIBRARY: nats
// SHAPE: positive - connection made and destroyed in every iteration of the sampling loop
#include <nats/nats.h>
#include <string>

void publish_samples(const std::string &url, int count) {
  for (int i = 0; i < count; ++i) {
    natsConnection *nc = nullptr;
    if (natsConnection_ConnectTo(&nc, url.c_str()) != NATS_OK) // EXPECT-WARN
      continue;
    std::string sample = "{\"seq\":" + std::to_string(i) + "}";
    natsConnection_PublishString(nc, "telemetry", sample.c_str());
    natsConnection_Destroy(nc);
    nats_Sleep(100);
  }
}

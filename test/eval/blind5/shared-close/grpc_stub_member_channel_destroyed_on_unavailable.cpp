// SOURCE: rendered from grpc core-API clients that keep a grpc_channel member and destroy it when a call ends with GRPC_STATUS_UNAVAILABLE, intending to make a new one on the next call (the lazy re-create never happens because the member is not cleared)
// LIBRARY: grpc
// SHAPE: positive - a long-lived client object destroys its channel member in an error branch of call() and leaves it set; the next call() creates a call on the destroyed channel
#include <grpc/grpc.h>

class MetricsClient {
public:
  explicit MetricsClient(grpc_channel *Channel) : channel_(Channel) {}

  bool report(grpc_status_code LastStatus) {
    if (channel_ == nullptr)
      return false;
    if (LastStatus == GRPC_STATUS_UNAVAILABLE) {
      grpc_channel_destroy(channel_); // EXPECT-WARN
      return false;
    }
    return true;
  }

private:
  grpc_channel *channel_;
};

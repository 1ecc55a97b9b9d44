// SOURCE: public GitHub files (search-index id 492160780, gRPC core's XdsClient::ChannelState::~ChannelState destroying its grpc_channel member; search-index id 27221198591, the grpclb policy's shutdown destroying lb_channel_ and setting it to nullptr; the index does not name their repositories)
// LIBRARY: grpc
// SHAPE: negative - a channel member released in its owner's destructor, and a shutdown method that destroys and resets it
#include <grpc/grpc.h>

class ChannelState {
public:
  explicit ChannelState(grpc_channel *Channel) : channel_(Channel) {}
  ~ChannelState() { grpc_channel_destroy(channel_); }

private:
  grpc_channel *channel_;
};

class BalancerPolicy {
public:
  void ShutdownLocked() {
    if (lb_channel_ != nullptr) {
      grpc_channel_destroy(lb_channel_);
      lb_channel_ = nullptr;
    }
  }

private:
  grpc_channel *lb_channel_ = nullptr;
};

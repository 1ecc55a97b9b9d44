// SOURCE: grpc/grpc src/core/ext/xds/xds_client.cc (search-index id 492160780): XdsClient::ChannelState::~ChannelState() destroys its grpc_channel member; and the grpclb shutdown path (search-index id 27221198591) that destroys lb_channel_ and sets it to nullptr
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

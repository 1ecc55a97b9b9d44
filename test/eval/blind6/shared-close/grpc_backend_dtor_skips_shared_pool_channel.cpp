// SOURCE: public GitHub file (GrpcBackend destructor; search-index id 4920322246; the index does not name its repository)
// LIBRARY: grpc
// SHAPE: negative (hard) - the backend destroys its channel in its destructor only when it created the channel itself; channels from the runtime's shared pool are left to the pool
#include <grpc/grpc.h>
#include <grpc/grpc_security.h>

#include <string>

class ChannelPool {
public:
  grpc_channel *get(const std::string &Address);
};

class GrpcBackend {
public:
  GrpcBackend(ChannelPool &Pool, const std::string &Address, bool UseShared)
      : pool_(Pool), address_(Address), use_shared_channel_pool_(UseShared) {
    channel_ = CreateChannel();
  }

  ~GrpcBackend() {
    if (call_ != nullptr)
      grpc_call_unref(call_);
    if (!use_shared_channel_pool_ && channel_ != nullptr) {
      grpc_channel_destroy(channel_);
    }
  }

private:
  grpc_channel *CreateChannel() {
    if (use_shared_channel_pool_)
      return pool_.get(address_);
    grpc_channel_credentials *Creds = grpc_insecure_credentials_create();
    grpc_channel *C = grpc_channel_create(address_.c_str(), Creds, nullptr);
    grpc_channel_credentials_release(Creds);
    return C;
  }

  ChannelPool &pool_;
  std::string address_;
  bool use_shared_channel_pool_;
  grpc_channel *channel_ = nullptr;
  grpc_call *call_ = nullptr;
};

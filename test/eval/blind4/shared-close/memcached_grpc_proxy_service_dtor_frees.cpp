// SOURCE: public GitHub file include/proxy.h of an erasure-coding storage prototype (search-index id 16620965137; ECProject::ProxyImpl; the index does not name its repository)
// LIBRARY: memcached
// SHAPE: negative - the gRPC service object owns one memcached_st that every RPC uses; only the service's destructor frees it, when the server is torn down
#include <grpcpp/server_context.h>
#include <grpcpp/support/status.h>
#include <libmemcached/memcached.h>
#include <string>

namespace proxy_proto {
struct ObjectAndPlacement {
  std::string key;
  std::string value;
};
struct SetReply {
  bool ifcommit = false;
};
// What protoc generates for the service.
class proxyService {
public:
  class Service {
  public:
    virtual ~Service() = default;
    virtual grpc::Status EncodeAndSetObject(grpc::ServerContext *context,
                                            const ObjectAndPlacement *request,
                                            SetReply *response) = 0;
  };
};
} // namespace proxy_proto

namespace ECProject {
class ProxyImpl final : public proxy_proto::proxyService::Service {
public:
  explicit ProxyImpl(std::string config_path)
      : config_path(std::move(config_path)) {
    init_memcached();
  }
  ~ProxyImpl() override { memcached_free(m_memcached); }

  grpc::Status EncodeAndSetObject(grpc::ServerContext *context,
                                  const proxy_proto::ObjectAndPlacement *req,
                                  proxy_proto::SetReply *response) override {
    (void)context;
    memcached_return_t rc =
        memcached_set(m_memcached, req->key.data(), req->key.size(),
                      req->value.data(), req->value.size(), 0, 0);
    response->ifcommit = rc == MEMCACHED_SUCCESS;
    return grpc::Status::OK;
  }

private:
  bool init_memcached() {
    m_memcached = memcached(config_path.c_str(), config_path.size());
    return m_memcached != nullptr;
  }

  std::string config_path;
  memcached_st *m_memcached = nullptr;
};
} // namespace ECProject

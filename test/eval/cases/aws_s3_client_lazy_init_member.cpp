// SOURCE: https://github.com/TileDB-Inc/TileDB/pull/1821 (tiledb/sm/filesystem/s3.cc: S3::init_client() returns early "if (client_.get() != nullptr)" and otherwise builds the S3Client into the member)
// LIBRARY: aws
// FLAGS: -I../stubs
// SHAPE: negative - lazily get-or-create into a member: every read calls init_client(), only the first one constructs
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3Client.h>
#include <memory>
#include <mutex>
#include <string>

class S3 {
public:
  bool read(const std::string &bucket, const std::string &key) const {
    if (!init_client())
      return false;
    Aws::S3::Model::GetObjectRequest req;
    req.WithBucket(bucket).WithKey(key);
    return client_->GetObject(req).IsSuccess();
  }

private:
  bool init_client() const {
    std::lock_guard<std::mutex> lck(client_init_mtx_);
    if (client_.get() != nullptr)
      return true;
    client_config_ = std::make_unique<Aws::Client::ClientConfiguration>();
    client_config_->region = region_;
    client_config_->connectTimeoutMs = 3000;
    client_ = std::make_shared<Aws::S3::S3Client>(*client_config_);
    return true;
  }

  std::string region_ = "us-east-1";
  mutable std::mutex client_init_mtx_;
  mutable std::unique_ptr<Aws::Client::ClientConfiguration> client_config_;
  mutable std::shared_ptr<Aws::S3::S3Client> client_;
};

void read_tiles(const S3 &s3, int n) {
  for (int i = 0; i < n; ++i)
    s3.read("bucket", "tile-" + std::to_string(i));
}

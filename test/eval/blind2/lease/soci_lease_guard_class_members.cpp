// SOURCE: FileLink FileService.cpp, SociSessionLease (public GitHub file, search-index id 66501569158; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative - a guard class leases in its member initialiser and gives back in its destructor; service methods build one per call and return through it
#include <soci/connection-pool.h>
#include <soci/soci.h>
#include <string>
#include <vector>

namespace filelink {
namespace {

class SociSessionLease {
public:
  explicit SociSessionLease(soci::connection_pool &pool)
      : pool_(pool), position_(pool.lease()) {}
  ~SociSessionLease() { pool_.give_back(position_); }

  soci::session &get() { return pool_.at(position_); }

private:
  soci::connection_pool &pool_;
  std::size_t position_;
};

} // namespace

class FileService {
public:
  explicit FileService(soci::connection_pool &pool) : pool_(pool) {}
  bool find_file(const std::string &owner_user_id, const std::string &file_id,
                 std::string &out_name);

private:
  soci::connection_pool &pool_;
};

bool FileService::find_file(const std::string &owner_user_id,
                            const std::string &file_id,
                            std::string &out_name) {
  SociSessionLease lease(pool_);
  soci::session &sql = lease.get();
  sql << "SELECT name FROM files WHERE id = :id AND owner = :owner",
      soci::use(file_id), soci::use(owner_user_id), soci::into(out_name);
  if (!sql.got_data())
    return false;
  return true;
}

} // namespace filelink

// SOURCE: public GitHub file (filelink FileService.cpp: class SociSessionLease with pos_(pool.lease()) and ~SociSessionLease() { pool_.give_back(position_); }; search-index id 66501569158; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative - a guard class takes the lease in its member initialiser and gives it back in its destructor; the service methods build it on the stack and return early through DAO results
#include <soci/soci.h>
#include <string>
#include <vector>

namespace {
class SociSessionLease {
public:
  explicit SociSessionLease(soci::connection_pool &Pool)
      : Pool(Pool), Position(Pool.lease()) {}
  ~SociSessionLease() { Pool.give_back(Position); }
  SociSessionLease(const SociSessionLease &) = delete;
  SociSessionLease &operator=(const SociSessionLease &) = delete;

  soci::session &get() { return Pool.at(Position); }

private:
  soci::connection_pool &Pool;
  std::size_t Position;
};
} // namespace

class FileService {
public:
  bool findFile(const std::string &Owner, const std::string &Id,
                std::string &OutName);

private:
  soci::connection_pool Pool{4};
};

bool FileService::findFile(const std::string &Owner, const std::string &Id,
                           std::string &OutName) {
  if (Owner.empty())
    return false;
  SociSessionLease Lease(Pool);
  soci::indicator Ind = soci::i_null;
  Lease.get() << "SELECT name FROM files WHERE id = :id AND owner = :owner",
      soci::use(Id), soci::use(Owner), soci::into(OutName, Ind);
  if (!Lease.get().got_data() || Ind != soci::i_ok)
    return false;
  return true;
}

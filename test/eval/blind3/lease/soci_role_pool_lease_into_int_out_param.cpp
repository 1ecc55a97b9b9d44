// SOURCE: public GitHub file of a SOCI connection pool keyed by database role (SociConnectionPool::getConnectionByRole / putConnectionByRole; search-index id 8060175090; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative - getConnectionByRole leases from the role's pool, writes the position to the caller's int& out-parameter and returns a wrapper of the session; putConnectionByRole gives the position back, so the lease leaves the function through the out-parameter (the Session wrapper reduced)
#include <soci/soci.h>
#include <map>
#include <memory>
#include <string>

class Session {
public:
  explicit Session(soci::session &s) : sql(s) {}
  soci::session &sql;
};

class SociConnectionPool {
public:
  std::shared_ptr<Session> getConnectionByRole(const std::string &role,
                                               int &pos);
  void putConnectionByRole(const std::string &role, int pos);

private:
  std::map<std::string, std::shared_ptr<soci::connection_pool>> pools;
};

std::shared_ptr<Session>
SociConnectionPool::getConnectionByRole(const std::string &role, int &pos) {
  auto it = pools.find(role);
  pos = pools[role]->lease();
  return std::shared_ptr<Session>(new Session(pools[role]->at(pos)));
}

void SociConnectionPool::putConnectionByRole(const std::string &role, int pos) {
  pools[role]->give_back(pos);
}

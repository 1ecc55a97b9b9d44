// SOURCE: https://github.com/elyby/chrly/issues/5 ("It takes connection per repository action. But it doesn't return to the pool, so it constantly generates new connections.")
// LIBRARY: soci
// SHAPE: positive - rendered with SOCI: a repository leases a session from the pool for each action and never gives the position back on any path, so the pool runs dry after as many saves and deletes as it has sessions (two actions, one warning each)
#include <soci/soci.h>
#include <string>

struct Skin {
  int userId;
  std::string username;
  std::string skinUrl;
};

class SkinsRepository {
public:
  explicit SkinsRepository(soci::connection_pool &pool) : pool_(pool) {}

  void save(const Skin &skin) {
    std::size_t pos = pool_.lease(); // EXPECT-WARN
    soci::session &sql = pool_.at(pos);
    sql << "REPLACE INTO skins (user_id, username, skin_url) "
           "VALUES (:id, :name, :url)",
        soci::use(skin.userId), soci::use(skin.username),
        soci::use(skin.skinUrl);
  }

  void removeByUserId(int userId) {
    std::size_t pos = pool_.lease(); // EXPECT-WARN
    soci::session &sql = pool_.at(pos);
    sql << "DELETE FROM skins WHERE user_id = :id", soci::use(userId);
  }

private:
  soci::connection_pool &pool_;
};

// SOURCE: https://github.com/SOCI/soci/blob/master/docs/connections.md (session::open / close / reconnect on an existing session object) - DAO keeps one session member and reconnects it when the backend drops
// LIBRARY: soci
// SHAPE: negative - the session is a data member opened in the constructor; the retry loop calls reconnect() on it instead of making new sessions
#include <soci/soci.h>
#include <string>

class UserDao {
public:
  explicit UserDao(const std::string &connectString) : sql_("postgresql", connectString) {}
  std::string name(int id) {
    for (int attempt = 0; attempt < 3; ++attempt) {
      try {
        std::string n;
        sql_ << "select name from users where id = :id", soci::into(n), soci::use(id);
        return n;
      } catch (const soci::soci_error &) {
        sql_.reconnect();
      }
    }
    return {};
  }

private:
  soci::session sql_;
};

void serve(UserDao &dao) {
  for (int id = 0;; ++id)
    dao.name(id);
}

// SOURCE: github.com/parkito/CppPlay course/03/src/repository/SessionFactory.cpp (getSession() creates m_globalSession when it is null, then `return std::move(m_globalSession);` - the "cached" session is handed out and the member is null again, so every call opens a new soci::session); the repository/route that calls it per request is rendered
// LIBRARY: soci
// SHAPE: positive - looks like lazy get-or-create into a member, but the member is moved out on every call; the caller (run per request of an httplib route) drops the session
#include <httplib.h>
#include <soci/soci.h>
#include <memory>
#include <string>

class SessionFactory {
 public:
  std::unique_ptr<soci::session> getSession();
  void closeSession();
 private:
  std::unique_ptr<soci::session> m_globalSession;
};

std::unique_ptr<soci::session> SessionFactory::getSession() {
  if (m_globalSession == nullptr) {
    m_globalSession = std::make_unique<soci::session>("postgresql",
                                                      "host=postgres user=postgres password=password");
  }
  return std::move(m_globalSession);
}

void SessionFactory::closeSession() {
  if (m_globalSession == nullptr) {
    m_globalSession.reset();
  }
}

struct User { long id = 0; std::string email; };

class UserRepository {
 public:
  explicit UserRepository(SessionFactory &factory) : factory_(factory) {}
  User findByEmail(const std::string &email) {
    auto sql = factory_.getSession(); // EXPECT-WARN
    User u;
    *sql << "select id from users where email = :e", soci::into(u.id), soci::use(email);
    u.email = email;
    return u;
  }
 private:
  SessionFactory &factory_;
};

int main() {
  SessionFactory factory;
  UserRepository users(factory);
  httplib::Server svr;
  svr.Get("/user", [&](const httplib::Request &req, httplib::Response &res) {
    User u = users.findByEmail(req.get_param_value("email"));
    res.set_content(std::to_string(u.id), "text/plain");
  });
  svr.listen("0.0.0.0", 8080);
}

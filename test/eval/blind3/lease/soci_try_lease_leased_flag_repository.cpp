// SOURCE: public GitHub file of a game login server's account repository, PostgresAccountRepository::GetPassword (search-index id 54840061635; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative (hard) - the lookup try-leases a session with a 2 s timeout, sets a local flag only when the lease succeeded, catches any database exception, and after the try block gives the position back when the flag is set; every path that holds a lease gives it back. The original is a Boost.Asio coroutine (co_await/co_return), reduced to a plain function. Known problem: a try_lease that returns false is not recognised as a failed take, and the give-back depends on a flag
#include <soci/soci.h>
#include <exception>
#include <iostream>
#include <string>

class PostgresAccountRepository {
public:
  std::string GetPassword(const std::string &id);

private:
  soci::connection_pool *m_pool;
};

std::string PostgresAccountRepository::GetPassword(const std::string &id) {
  std::string password;
  bool leased = false;
  std::size_t pos = 0;
  constexpr int lease_timeout_ms = 2000;

  try {
    if (!m_pool || !m_pool->try_lease(pos, lease_timeout_ms)) {
      std::cerr << "DB pool lease timeout (" << lease_timeout_ms << " ms).\n";
    } else {
      leased = true;

      soci::session &sql = m_pool->at(pos);
      soci::indicator pw_ind;
      std::string stored_password;

      sql << "select password from account where id=:id",
          soci::into(stored_password, pw_ind), soci::use(id);

      if (sql.got_data() && pw_ind == soci::i_ok)
        password = stored_password;
    }
  } catch (const std::exception &e) {
    std::cerr << "DB error on GetPassword: " << e.what() << "\n";
  }

  if (leased)
    m_pool->give_back(pos);

  return password;
}

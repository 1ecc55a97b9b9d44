// SOURCE: public GitHub file of a SOCI/PostgreSQL database helper (DBHelper::session() and DBHelper::session(int timeout); search-index id 40053130078; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative (hard) - both session() overloads lease a position and hand it, captured by value, to the deleter lambda of a std::shared_ptr that wraps the pooled session, so the position goes back when the last copy of the pointer dies; the timed overload returns nullptr when try_lease times out. Known problem: a try_lease that returns false is not recognised as a failed take, so the timed overload's early return may be reported
#include <soci/soci.h>
#include <memory>
#include <string>

using DbSessionPtr = std::shared_ptr<soci::session>;

class DBHelper {
public:
  DbSessionPtr session() {
    size_t pos = m_pool->lease();
    soci::session &pooledSession = m_pool->at(pos);
    DbSessionPtr s(&pooledSession,
                   [pos, this](soci::session *p) { m_pool->give_back(pos); });

    return s;
  }

  // milliseconds
  DbSessionPtr session(int timeout) {
    size_t pos;
    if (!m_pool->try_lease(pos, timeout)) {
      return nullptr;
    }
    soci::session &pooledSession = m_pool->at(pos);
    DbSessionPtr s(&pooledSession,
                   [pos, this](soci::session *p) { m_pool->give_back(pos); });

    return s;
  }

  void start() {
    m_pool.reset(new soci::connection_pool(m_connect_num));
    for (size_t i = 0; i != m_connect_num; ++i) {
      soci::session &sql = m_pool->at(i);
      sql.open("postgresql", m_conn_str);
    }
  }

private:
  std::string m_conn_str;
  size_t m_connect_num = 4;
  std::unique_ptr<soci::connection_pool> m_pool;
};

// SOURCE: public GitHub file (CSampleDBPool::Close(): if (m_hMySQL) { mysql_close(m_hMySQL); m_hMySQL = NULL; } mysql_library_end(); and Ping() with mysql_ping; search-index id 30201949160; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: positive (hard) - each pooled connection object's Close() also ends the client library for the whole process; rendered: a failed Ping() makes a worker reconnect its slot through Close()/Open(), while the other slots of the pool are in use. The method is named Close, which matches ShutdownFunctions, so the docs predict a miss (expected FN)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <cstdio>

#define SQL_SUCCESS 0
#define SQL_FAILED -1

class CSampleDBPool {
public:
  int Open(const char *host, const char *user, const char *pw, const char *db) {
    m_hMySQL = mysql_init(nullptr);
    if (!mysql_real_connect(m_hMySQL, host, user, pw, db, 3306, nullptr, 0)) {
      std::printf("mysql_real_connect err(%s)\n", mysql_error(m_hMySQL));
      return SQL_FAILED;
    }
    return SQL_SUCCESS;
  }

  int Close() {
    if (m_hMySQL) {
      mysql_close(m_hMySQL);
      m_hMySQL = nullptr;
    }
    mysql_library_end(); // EXPECT-WARN
    return SQL_SUCCESS;
  }

  int Ping() {
    if (mysql_ping(m_hMySQL)) {
      std::printf("mysql_ping err(%s)\n", mysql_error(m_hMySQL));
      return SQL_FAILED;
    }
    return SQL_SUCCESS;
  }

  int EnsureAlive() {
    if (Ping() == SQL_SUCCESS)
      return SQL_SUCCESS;
    Close();
    return Open("127.0.0.1", "app", "", "app");
  }

private:
  MYSQL *m_hMySQL = nullptr;
};

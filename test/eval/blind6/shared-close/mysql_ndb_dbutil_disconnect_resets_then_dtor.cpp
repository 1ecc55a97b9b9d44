// SOURCE: public GitHub file (MySQL Cluster NDB test DbUtil.cpp, DbUtil::disconnect; search-index id 199980572; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - disconnect() closes the handle only when the object owns it and always resets the member; the destructor's second disconnect() finds null
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <cstddef>

class DbUtil {
public:
  DbUtil() : m_mysql(mysql_init(NULL)), m_free_mysql(true) {}
  explicit DbUtil(MYSQL *Borrowed) : m_mysql(Borrowed), m_free_mysql(false) {}
  ~DbUtil() { disconnect(); }

  bool connect(const char *Host, const char *User, const char *Pass) {
    m_connected = mysql_real_connect(m_mysql, Host, User, Pass, "test", 0,
                                     NULL, 0) != NULL;
    return m_connected;
  }

  void disconnect() {
    if (m_mysql != NULL) {
      if (m_free_mysql)
        mysql_close(m_mysql);
      m_mysql = NULL;
    }
    m_connected = false;
  }

private:
  MYSQL *m_mysql;
  bool m_free_mysql;
  bool m_connected = false;
};

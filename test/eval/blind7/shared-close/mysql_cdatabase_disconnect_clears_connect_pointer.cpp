// SOURCE: public GitHub file (CDataBase::Disconnect: if (m_pConnect != NULL) { mysql_close(m_Mysql); m_pConnect = NULL; } and Insert() tests m_pConnect; search-index id 23195094691; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: negative (hard) - the MYSQL is held by value; Disconnect closes it only while the connection pointer returned by mysql_real_connect is set, and clears that pointer after the close; the destructor's Disconnect (rendered) closes nothing the second time
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <cstdio>

class CDataBase {
public:
  CDataBase() : m_pConnect(nullptr) { mysql_init(&m_Mysql); }
  ~CDataBase() { Disconnect(); }

  bool Connect(const char *host, const char *user, const char *pw, const char *db) {
    m_pConnect = mysql_real_connect(&m_Mysql, host, user, pw, db, 3306, nullptr, 0);
    return m_pConnect != nullptr;
  }

  void Disconnect() {
    if (m_pConnect != nullptr) {
      mysql_close(&m_Mysql);
      m_pConnect = nullptr;
    }
  }

  int Insert(const char *sql) {
    if (m_pConnect == nullptr) {
      std::printf("Disconnected!\n");
      return -100;
    }
    return mysql_query(m_pConnect, sql);
  }

private:
  MYSQL m_Mysql;
  MYSQL *m_pConnect;
};

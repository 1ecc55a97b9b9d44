// SOURCE: public GitHub file (MysqlHandle::InitMysql calls FinalHandle(2) then InitHandle(); FinalHandle: if (m_mysql) { mysql_close(m_mysql); m_mysql = NULL; }; SetHandle re-inits when mysql_ping fails; search-index id 32567126341; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: negative - a pool slot's handle reconnects the MYSQL it alone owns: FinalHandle closes and resets the member, InitHandle makes a new one; the slot is taken by one thread at a time (state Used)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <string>

enum HandleState { HandleState_Invalid, HandleState_Valid, HandleState_Used };

class MysqlHandle {
public:
  ~MysqlHandle() { FinalHandle(0); }

  bool SetHandle() {
    if (m_state == HandleState_Used)
      return false;
    if (m_count > 10000 || mysql_ping(m_mysql) != 0) {
      if (!InitMysql(1))
        return false;
    }
    m_state = HandleState_Used;
    ++m_count;
    return true;
  }

  bool InitMysql(int way) {
    (void)way;
    FinalHandle(2);
    if (!InitHandle()) {
      FinalHandle(3);
      return false;
    }
    return true;
  }

  void FinalHandle(int way) {
    (void)way;
    if (m_mysql) {
      mysql_close(m_mysql);
      m_mysql = nullptr;
    }
    m_state = HandleState_Invalid;
    m_count = 0;
    m_last_sql.clear();
  }

private:
  bool InitHandle() {
    m_mysql = mysql_init(nullptr);
    if (!m_mysql)
      return false;
    if (!mysql_real_connect(m_mysql, "127.0.0.1", "game", "", "game", 3306, nullptr, 0))
      return false;
    m_state = HandleState_Valid;
    return true;
  }

  MYSQL *m_mysql = nullptr;
  HandleState m_state = HandleState_Invalid;
  int m_count = 0;
  std::string m_last_sql;
};

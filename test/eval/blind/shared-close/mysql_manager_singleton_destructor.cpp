// SOURCE: public GitHub file (sylar MySQLManager: the constructor calls mysql_library_init, the destructor mysql_library_end; search-index id 9200065625; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - the process-wide teardown sits in the destructor of a singleton manager that lives until exit
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <list>
#include <map>
#include <mutex>
#include <string>

class MySQLManager {
public:
  MySQLManager() : m_maxConn(10) { mysql_library_init(0, nullptr, nullptr); }
  ~MySQLManager() {
    for (auto &Entry : m_conns)
      for (MYSQL *C : Entry.second)
        mysql_close(C);
    mysql_library_end();
  }
  static MySQLManager &instance() {
    static MySQLManager M;
    return M;
  }

private:
  unsigned m_maxConn;
  std::mutex m_mutex;
  std::map<std::string, std::list<MYSQL *>> m_conns;
};

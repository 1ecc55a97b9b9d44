// SOURCE: public GitHub file UBMysql.cpp (search-index id 40491449801; UBMysql::Disconnect, Connect, ~UBMysql; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: negative - the wrapper's Disconnect closes its member connection and sets it to NULL; Connect always calls Disconnect first and then makes a new handle, so a reconnect replaces the connection the object alone owns
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <string>

class UBMysql {
public:
  UBMysql() = default;
  ~UBMysql();
  void Disconnect();
  bool Connect(const std::string &host, int port, const std::string &user,
               const std::string &pwd, const std::string &db);
  int Query(const char *sql);

private:
  MYSQL *m_pMysql = nullptr;
  MYSQL_RES *m_pMysqlResult = nullptr;
  std::string m_sError;
  int m_iError = 0;
};

UBMysql::~UBMysql() {
  if (m_pMysql) {
    mysql_close(m_pMysql);
  }
}

void UBMysql::Disconnect() {
  m_sError.clear();
  m_iError = 0;

  if (m_pMysqlResult != nullptr) {
    mysql_free_result(m_pMysqlResult);
    m_pMysqlResult = nullptr;
  }

  if (m_pMysql) {
    mysql_close(m_pMysql);
    m_pMysql = nullptr;
  }
}

bool UBMysql::Connect(const std::string &host, int port,
                      const std::string &user, const std::string &pwd,
                      const std::string &db) {
  Disconnect();

  if (m_pMysql == nullptr) {
    m_pMysql = mysql_init(nullptr);
  }

  MYSQL *pRet = mysql_real_connect(m_pMysql, host.c_str(), user.c_str(),
                                   pwd.c_str(), db.c_str(), port, nullptr, 0);
  if (pRet == nullptr) {
    m_iError = mysql_errno(m_pMysql);
    m_sError = mysql_error(m_pMysql);
    return false;
  }
  return true;
}

int UBMysql::Query(const char *sql) {
  if (m_pMysql == nullptr)
    return -1;
  return mysql_query(m_pMysql, sql);
}

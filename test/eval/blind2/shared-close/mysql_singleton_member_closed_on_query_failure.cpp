// SOURCE: public GitHub file (ConnectMysql.cpp, a Meyers-singleton MySQL logger of a robot arm recorder; search-index id 6857129385; the index does not name its repository)
// LIBRARY: mariadb
// SHAPE: positive - the process's one ConnectMysql instance closes its member connection when a CREATE TABLE or an INSERT fails and returns as if the error were recoverable; m_mysql keeps pointing at the closed MYSQL and the next addMsgToTable of the recording loop uses it (two releases, two warnings; the explicit closeDatabase() is the owner's own shutdown and is not expected; time formatting and other queries cut)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <iostream>
#include <string>
#include <vector>

class ConnectMysql {
public:
  static ConnectMysql &Instance();
  bool StartConnectMysql();
  bool CreateNewTable(std::string name, std::vector<std::string> vec);
  void addMsgToTable(std::string name, std::vector<std::string> vec);
  void closeDatabase();

private:
  ConnectMysql() : m_mysql(nullptr) {}
  MYSQL *m_mysql;
};

ConnectMysql &ConnectMysql::Instance() {
  static ConnectMysql instance;
  return instance;
}

bool ConnectMysql::StartConnectMysql() {
  if (mysql_library_init(0, NULL, NULL) != 0)
    return false;
  m_mysql = mysql_init(nullptr);
  if (m_mysql == nullptr)
    return false;
  if (mysql_real_connect(m_mysql, "127.0.0.1", "root", "123456", "jh_database",
                         3306, NULL, 0) == NULL) {
    std::cout << "mysql_real_connect() failed: " << mysql_error(m_mysql)
              << std::endl;
    return false;
  }
  return true;
}

// Creates a table with the given column names.
bool ConnectMysql::CreateNewTable(std::string name,
                                  std::vector<std::string> vec) {
  std::string sqlstr = "create table if not exists " + name + " (";
  for (size_t i = 0; i + 1 < vec.size(); i++)
    sqlstr += vec[i] + " VARCHAR(30) ,";
  sqlstr += vec[vec.size() - 1] + " VARCHAR(30) );";
  if (mysql_query(m_mysql, sqlstr.c_str()) == 0) {
    std::cout << "mysql_query() create table succeed" << std::endl;
  } else {
    std::string str = mysql_error(m_mysql);
    std::cout << "mysql_query() create table failed" << str << std::endl;
    mysql_close(m_mysql); // EXPECT-WARN
    return false;
  }
  return true;
}

// Appends one sample row.
void ConnectMysql::addMsgToTable(std::string name,
                                 std::vector<std::string> vec) {
  std::string sqlstr = "insert into " + name + " values('";
  for (size_t i = 0; i + 1 < vec.size(); i++)
    sqlstr += vec[i] + "','";
  sqlstr += vec[vec.size() - 1] + "');";
  if (mysql_query(m_mysql, sqlstr.c_str()) == 0) {
    std::cout << "mysql_query() insert data succeed" << std::endl;
  } else {
    std::cout << "mysql_query() insert data failed" << std::endl;
    mysql_close(m_mysql); // EXPECT-WARN
  }
}

void ConnectMysql::closeDatabase() { mysql_close(m_mysql); }

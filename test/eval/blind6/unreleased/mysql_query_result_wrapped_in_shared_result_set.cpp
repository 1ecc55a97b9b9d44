// SOURCE: public GitHub file (MySQL connection class implementing IConnection::query; search-index id 34209441859; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative (hard) - the MYSQL_RES is handed to std::make_shared<MysqlResultSet> (a std function in a system header, not one of the hand-over forms the doc lists), whose destructor frees it; a NULL result returns holding nothing
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>
#include <memory>
#include <string>

class MysqlResultSet {
public:
  explicit MysqlResultSet(MYSQL_RES *Res) : Res_(Res) {}
  ~MysqlResultSet() {
    if (Res_)
      mysql_free_result(Res_);
  }

private:
  MYSQL_RES *Res_;
};

class MysqlConnection {
public:
  std::shared_ptr<MysqlResultSet> query(const std::string &sql) {
    if (!conn_) {
      lastErr_ = "Connection is closed";
      return nullptr;
    }
    if (mysql_query(conn_, sql.c_str())) {
      lastErr_ = mysql_error(conn_);
      return nullptr;
    }
    MYSQL_RES *res = mysql_store_result(conn_);
    if (!res) {
      if (mysql_field_count(conn_) > 0) {
        lastErr_ = mysql_error(conn_);
        return nullptr;
      }
      return std::make_shared<MysqlResultSet>(nullptr);
    }
    return std::make_shared<MysqlResultSet>(res);
  }

private:
  MYSQL *conn_ = nullptr;
  std::string lastErr_;
};

// SOURCE: public GitHub file, billing/database/models/Account.cpp Account::Account (search-index id 47371569251; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - a prepared statement from mysql_stmt_init is NULL-checked, then 'throw nullptr' on a failed prepare or bind leaves it unclosed
// FLAGS: -I/usr/include/mariadb
#include <cstdio>
#include <cstring>
#include <mysql.h>
#include <string>

struct Connector {
  MYSQL *getConnDriver();
};

class Account {
public:
  explicit Account(const std::string &name);

private:
  Connector *getConnector();
  int id_ = 0;
};

Account::Account(const std::string &name) {
  constexpr auto q = R"(
      SELECT id, name, password, point FROM account WHERE name=?
    )";

  auto conn = this->getConnector();
  auto m_connDriver = conn->getConnDriver();
  MYSQL_STMT *stmt = mysql_stmt_init(m_connDriver); // EXPECT-WARN
  if (!stmt) {
    std::fprintf(stderr, "Error: %s\n", mysql_error(m_connDriver));
    throw nullptr;
  }
  if (mysql_stmt_prepare(stmt, q, std::strlen(q))) {
    std::fprintf(stderr, "Error: %s\n", mysql_stmt_error(stmt));
    throw nullptr;
  }

  MYSQL_BIND bindParams[1];
  std::memset(bindParams, 0, sizeof(bindParams));
  unsigned long l = name.size();
  char c[50];
  std::strncpy(c, name.data(), sizeof(c) - 1);
  c[sizeof(c) - 1] = '\0';
  bindParams[0].buffer_type = MYSQL_TYPE_STRING;
  bindParams[0].buffer = &c;
  bindParams[0].buffer_length = sizeof(c);
  bindParams[0].length = &l;

  if (mysql_stmt_bind_param(stmt, bindParams)) {
    std::fprintf(stderr, "Error: %s\n", mysql_stmt_error(stmt));
    throw nullptr;
  }
  mysql_stmt_execute(stmt);
  mysql_stmt_close(stmt);
}

// SOURCE: public GitHub file (Smart Personal Finance Manager, reportManagement(); search-index id 57414018281; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive - when mysql_real_connect fails the function prints and returns without mysql_close (the handle from mysql_init still needs it)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <iostream>
#include <string>

using namespace std;

int getUserId(MYSQL *conn, const string &username);
void showMonthlyReport(MYSQL *conn, int userId);

void reportManagement(const string &username) {
  MYSQL *conn = mysql_init(NULL); // EXPECT-WARN
  if (!mysql_real_connect(conn, "127.0.0.1", "root", "", "finance_db", 3306, NULL, 0)) {
    cout << "Database connection failed\n";
    return;
  }

  int userId = getUserId(conn, username);
  if (userId < 0) {
    mysql_close(conn);
    return;
  }

  showMonthlyReport(conn, userId);
  mysql_close(conn);
}

// SOURCE: public GitHub file of an IP white/black-list filter (search-index id 18340201953; init_mysql, load_msg, func1; the index does not name its repository)
// LIBRARY: MariaDB
// SHAPE: negative - (hard) the global MYSQL* is only a per-load connection: each reload (once at start, then once per update message on the queue thread) connects it through init_mysql, reads the lists and closes it at the end of load_msg; nothing uses it between two loads, and the next load assigns a new handle before any use
// FLAGS: -I/usr/include/mariadb
#include <cstdio>
#include <cstring>
#include <mysql.h>
#include <set>
#include <string>

std::set<std::string> mm, nn;

MYSQL *g_conn;     // mysql connection
MYSQL_RES *g_res;  // mysql result set
MYSQL_ROW g_row;

void print_mysql_error(const char *msg) {
  if (msg)
    std::printf("%s: %s\n", msg, mysql_error(g_conn));
  else
    std::puts(mysql_error(g_conn));
}

int executesql(const char *sql) {
  if (mysql_real_query(g_conn, sql, std::strlen(sql)))
    return -1;
  return 0;
}

int init_mysql() {
  g_conn = mysql_init(nullptr);
  if (!mysql_real_connect(g_conn, "192.168.10.118", "root", "secret",
                          "test_c", 3306, nullptr, 0))
    return -1;
  if (executesql("set names utf8"))
    return -1;
  return 0;
}

int load_msg() {
  if (init_mysql())
    print_mysql_error(nullptr);

  if (executesql("select * from `d_IP` order by id"))
    print_mysql_error(nullptr);

  g_res = mysql_store_result(g_conn);
  while (g_res && (g_row = mysql_fetch_row(g_res))) {
    std::string line = g_row[2];
    if (std::strcmp(g_row[1], "1"))
      mm.insert(line);
    else
      nn.insert(line);
  }
  mysql_free_result(g_res);
  mysql_close(g_conn);
  return 0;
}

int wait_for_update_message();

// Reloads the lists whenever an update message arrives.
void *func1(void *args) {
  (void)args;
  while (true) {
    if (wait_for_update_message() < 0)
      break;
    load_msg();
  }
  return nullptr;
}

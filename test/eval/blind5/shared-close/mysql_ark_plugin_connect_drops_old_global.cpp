// SOURCE: public GitHub file (search-index id 55222341959; the index does not name its repository): an ARK server plugin's static Connect() closes a previous global g_mysql and sets it to nullptr before connecting again from the configured settings; it is called when the plugin loads or its config is reloaded
// LIBRARY: mysql
// SHAPE: negative - reset-after-close of the global at the start of a (re)connect function that is not a handler; the old handle is replaced, not left dangling
// FLAGS: -I/usr/include/mariadb
#include <mutex>
#include <mysql.h>
#include <string>

static MYSQL *g_mysql = nullptr;
static std::mutex g_config_mutex;
static std::string g_db_host, g_db_user, g_db_pass, g_db_name;
static unsigned int g_db_port = 3306;

static bool Connect() {
  if (g_mysql) {
    mysql_close(g_mysql);
    g_mysql = nullptr;
  }
  std::string host, user, pass, name;
  unsigned int port;
  {
    std::lock_guard<std::mutex> lock(g_config_mutex);
    host = g_db_host;
    user = g_db_user;
    pass = g_db_pass;
    name = g_db_name;
    port = g_db_port;
  }
  g_mysql = mysql_init(nullptr);
  if (!mysql_real_connect(g_mysql, host.c_str(), user.c_str(), pass.c_str(),
                          name.c_str(), port, nullptr, 0)) {
    mysql_close(g_mysql);
    g_mysql = nullptr;
    return false;
  }
  return true;
}

void Load() { Connect(); }
void ReloadConfig() { Connect(); }

// SOURCE: public GitHub file (SWGEmu Core3 engine MySqlDatabase.cpp; search-index id 19432566747; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: positive (hard) - the MYSQL handle is an embedded member passed as '&mysql'; close() closes it and the destructor calls close() again, so a database object closed by its owner and later destroyed runs mysql_close twice on the same handle. The static finalizeLibrary, a shutdown-named library teardown, is not a finding (the engine's Mutex/Logger bases are reduced)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <string>

class MySqlDatabase {
public:
  explicit MySqlDatabase(const std::string &Host) : host(Host) {}
  ~MySqlDatabase() { close(); }

  void connect(const std::string &dbname, const std::string &user,
               const std::string &passw, int port) {
    std::lock_guard<std::mutex> Lock(mutex);
    if (!mysql_init(&mysql))
      error();
    if (!mysql_real_connect(&mysql, host.c_str(), user.c_str(), passw.c_str(),
                            dbname.c_str(), port, NULL, 0))
      error();
  }

  void executeStatement(const char *statement) {
    std::lock_guard<std::mutex> Lock(mutex);
    if (mysql_query(&mysql, statement))
      error();
  }

  void close() {
    mysql_close(&mysql); // EXPECT-WARN
    std::puts("disconnected");
  }

  static void finalizeLibrary() { mysql_library_end(); }

private:
  void error() {
    throw std::runtime_error(std::to_string(mysql_errno(&mysql)) + ": " +
                             mysql_error(&mysql));
  }

  std::mutex mutex;
  std::string host;
  MYSQL mysql;
};

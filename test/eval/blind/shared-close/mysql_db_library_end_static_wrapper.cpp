// SOURCE: public GitHub file (MySQL_DB class: static LibraryInit() wraps mysql_library_init, static LibraryEnd() wraps mysql_library_end, called at program start and end; search-index id 24063073910; the index does not name its repository)
// LIBRARY: mysql
// SHAPE: negative - a static LibraryEnd() whose only job is the process-wide teardown, called once at exit (its name says so, though not with a word of the default shutdown pattern)
// FLAGS: -I/usr/include/mariadb
#include <mysql.h>

#include <stdexcept>
#include <string>

class MySQL_DB {
public:
  static void LibraryInit();
  static void LibraryEnd();
  ~MySQL_DB() {
    if (handle != nullptr)
      mysql_close(handle);
  }

private:
  MYSQL *handle = nullptr;
};

void MySQL_DB::LibraryInit() {
  if (mysql_library_init(0, nullptr, nullptr) != 0)
    throw std::runtime_error("Failed to initialize MySQL library");
}

void MySQL_DB::LibraryEnd() { mysql_library_end(); }

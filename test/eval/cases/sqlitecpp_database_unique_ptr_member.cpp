// SOURCE: https://github.com/SRombauts/SQLiteCpp/issues/103 (maintainer: "Best way to do this would be to use a pointer to Database" opened once by openDb(), then used by insertValue)
// LIBRARY: sqlitecpp
// SHAPE: negative - Database created once by openDb() into a static unique_ptr member; insertValue reuses it
#include <SQLiteCpp/SQLiteCpp.h>
#include <memory>
#include <string>
#include <vector>

class A {
public:
  static void openDb(const std::string &db_path) {
    db = std::make_unique<SQLite::Database>(db_path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  }
  static void insertValue(const char *value) {
    SQLite::Statement query(*db, "insert into values_t (v) values (?)");
    query.bind(1, value);
    query.exec();
  }

private:
  static std::unique_ptr<SQLite::Database> db;
};
std::unique_ptr<SQLite::Database> A::db;

void import_rows(const std::vector<std::string> &rows) {
  A::openDb("values.db3");
  for (const auto &r : rows)
    A::insertValue(r.c_str());
}

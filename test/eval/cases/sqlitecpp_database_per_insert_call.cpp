// SOURCE: https://github.com/SRombauts/SQLiteCpp/issues/103 (user wants to "use the db as needed without explicitly open everytime"; without a stored Database each insertValue opens its own) - the open-every-time shape
// LIBRARY: sqlitecpp
// SHAPE: positive - insertValue opens a SQLite::Database on every call; the importer calls it per row
#include <SQLiteCpp/SQLiteCpp.h>
#include <string>
#include <vector>

class A {
public:
  static void insertValue(const char *value) {
    SQLite::Database db(db_path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); // EXPECT-WARN
    SQLite::Statement query(db, "insert into values_t (v) values (?)");
    query.bind(1, value);
    query.exec();
  }
  static std::string db_path;
};
std::string A::db_path = "values.db3";

void import_rows(const std::vector<std::string> &rows) {
  for (const auto &r : rows)
    A::insertValue(r.c_str());
}

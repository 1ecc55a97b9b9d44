// SOURCE: https://github.com/SRombauts/SQLiteCpp/issues/175 (loop over a SELECT's rows, preparing INSERT and nested SELECT statements on the same *mDb inside the loop; maintainer: "totally safe")
// LIBRARY: sqlitecpp
// SHAPE: negative - only Statements are made in the loop; the Database is a member opened elsewhere
#include <SQLiteCpp/SQLiteCpp.h>
#include <memory>

class Migrator {
public:
  explicit Migrator(const char *path) : mDb(std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE)) {}
  void copy() {
    SQLite::Transaction trans(*mDb);
    SQLite::Statement getQuery(*mDb, "SELECT * FROM XXXX");
    while (getQuery.executeStep() == true) {
      SQLite::Statement insQuery(*mDb, "INSERT INTO XXX2 VALUES (Null, :name, :id, 0)");
      insQuery.bind(":name", getQuery.getColumn("NAME").getString());
      insQuery.bind(":id", getQuery.getColumn("Id").getInt());
      insQuery.exec();
      SQLite::Statement getQuerySS(*mDb, "SELECT * FROM AAAA");
      while (getQuerySS.executeStep() == true) {
      }
    }
    trans.commit();
  }

private:
  std::unique_ptr<SQLite::Database> mDb;
};

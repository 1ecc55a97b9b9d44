// SOURCE: public GitHub file (whiznium generated PgTblWznmQJobJob1NStage::loadRecBySQL: `res = PQexec(dbs, ...); if (PQresultStatus(res) != PGRES_TUPLES_OK) { ...; throw SbeException(...); };` without PQclear; search-index id 49060859921; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: positive - the PGresult of a failed query is not cleared before the exception is thrown; on success it goes to loadRec, which clears it
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <map>
#include <stdexcept>
#include <string>

struct SbeException : std::runtime_error {
  SbeException(int, const std::map<std::string, std::string> &Vals)
      : std::runtime_error(Vals.begin()->second) {}
  static const int DBS_QUERY = 2;
};

struct Stage {
  long long ref;
};

class PgTblStage {
public:
  bool loadRecBySQL(const std::string &sqlstr, Stage **rec);

private:
  bool loadRec(PGresult *res, Stage **rec) {
    bool found = PQntuples(res) == 1;
    if (found)
      *rec = new Stage{std::stoll(PQgetvalue(res, 0, 0))};
    PQclear(res);
    return found;
  }
  PGconn *dbs = nullptr;
};

bool PgTblStage::loadRecBySQL(const std::string &sqlstr, Stage **rec) {
  PGresult *res;
  res = PQexec(dbs, sqlstr.c_str()); // EXPECT-WARN
  if (PQresultStatus(res) != PGRES_TUPLES_OK) {
    std::string dbms = "PgTblStage::loadRecBySQL() / " + std::string(PQerrorMessage(dbs));
    throw SbeException(SbeException::DBS_QUERY, {{"dbms", dbms}, {"sql", sqlstr}});
  }
  return loadRec(res, rec);
}

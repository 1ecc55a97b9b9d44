// SOURCE: https://github.com/osquery/osquery/pull/5911 ("Fix memory leak when SQL query fails": a statement that returns an error while stepping was not finalized)
// LIBRARY: sqlite3
// SHAPE: positive - a step error returns from inside the row loop before sqlite3_finalize; the normal end of the loop finalizes
#include <sqlite3.h>

#include <map>
#include <string>
#include <vector>

using Row = std::map<std::string, std::string>;

int queryInternal(const std::string &q, std::vector<Row> &results, sqlite3 *db) {
  sqlite3_stmt *stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, q.c_str(), -1, &stmt, nullptr); // EXPECT-WARN
  if (rc != SQLITE_OK || stmt == nullptr)
    return rc;
  while ((rc = sqlite3_step(stmt)) != SQLITE_DONE) {
    if (rc != SQLITE_ROW)
      return rc;
    Row r;
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      const unsigned char *v = sqlite3_column_text(stmt, i);
      r[sqlite3_column_name(stmt, i)] = v ? reinterpret_cast<const char *>(v) : "";
    }
    results.push_back(std::move(r));
  }
  sqlite3_finalize(stmt);
  return SQLITE_OK;
}

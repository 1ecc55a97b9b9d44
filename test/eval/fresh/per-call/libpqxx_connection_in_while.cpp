// SOURCE: https://github.com/jtv/libpqxx/issues/546 (and the re-post #554): "while (iterate over rs) { 1) makes a connection 2) sets a parameterized query 3) updates some table 4) disconnects }"
// LIBRARY: libpqxx
// SHAPE: positive - one new connection per row of the loop ("remaining connection slots are reserved" in the report)
#include <pqxx/pqxx>

#include <string>
#include <vector>

struct Row {
  int id;
  std::string status;
};

void update_rows(const std::vector<Row> &rs, const std::string &conninfo) {
  for (const Row &r : rs) {
    pqxx::connection c(conninfo); // EXPECT-WARN
    c.prepare("upd", "UPDATE jobs SET status = $1 WHERE id = $2");
    pqxx::work w(c);
    w.exec_prepared("upd", r.status, r.id);
    w.commit();
    c.disconnect();
  }
}

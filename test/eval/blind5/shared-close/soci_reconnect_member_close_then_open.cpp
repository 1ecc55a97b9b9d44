// SOURCE: rendered from SOCI users' reconnect helpers (code search "sql.close();" followed by "sql.open(" in repository classes) that drop a broken soci::session member and reopen it with the same connect string
// LIBRARY: soci
// SHAPE: negative (hard) - reconnect() closes the session member and reopens it at once through soci::session::open; the member never holds a closed session afterwards. The docs say a reopen through a method the models do not list (soci::session::open) is not seen, so the close is reported as leaving the member closed (expected FP)
#include <soci/soci.h>
#include <string>

class EventRepository {
public:
  explicit EventRepository(std::string ConnectString)
      : Conn(std::move(ConnectString)), Sql("postgresql", Conn) {}

  void reconnect() {
    Sql.close();
    Sql.open("postgresql", Conn);
  }

  void insert(int Id) {
    try {
      Sql << "INSERT INTO events(id) VALUES(:id)", soci::use(Id);
    } catch (const soci::soci_error &) {
      reconnect();
      Sql << "INSERT INTO events(id) VALUES(:id)", soci::use(Id);
    }
  }

private:
  std::string Conn;
  soci::session Sql;
};

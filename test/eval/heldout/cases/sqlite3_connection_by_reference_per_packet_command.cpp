// SOURCE: github.com/jef42/pcapwrapper example/NetworkStoreDB (DBConnection opens the sqlite3 handle in its constructor, m_db member; the packet listener builds an InsertCommand per captured packet and calls `m_connection.execute(command)` on the DBConnection it holds by reference)
// LIBRARY: sqlite3
// FLAGS: -I../stubs
// SHAPE: negative - a command object is created per packet, but the database connection is a member of a long-lived object referenced by the listener
#include <pcap.h>
#include <sqlite3.h>
#include <memory>
#include <string>

class DBCommand {
 public:
  bool execute() { return execute_impl(); }
  virtual ~DBCommand() {}
 private:
  virtual bool execute_impl() = 0;
};

class DBConnection {
 public:
  friend class InsertCommand;
  explicit DBConnection(const std::string &db_name) { open(db_name); }
  ~DBConnection() { sqlite3_close(m_db); }
  bool execute(const std::shared_ptr<DBCommand> command) { return command->execute(); }
 private:
  bool open(const std::string &db_name) { return sqlite3_open(db_name.c_str(), &m_db) == SQLITE_OK; }
  sqlite3 *m_db = nullptr;
};

class InsertCommand : public DBCommand {
 public:
  InsertCommand(DBConnection &c, std::string src, std::string dst) : conn_(c), src_(std::move(src)), dst_(std::move(dst)) {}
 private:
  bool execute_impl() override {
    std::string sql = "INSERT INTO packets(src, dst) VALUES('" + src_ + "','" + dst_ + "');";
    return sqlite3_exec(conn_.m_db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
  }
  DBConnection &conn_;
  std::string src_, dst_;
};

class StoreListener {
 public:
  explicit StoreListener(DBConnection &connection) : m_connection(connection) {}
  void receive(const u_char *pkt) {
    (void)pkt;
    m_connection.execute(std::make_shared<InsertCommand>(m_connection, "10.0.0.1", "10.0.0.2"));
  }
 private:
  DBConnection &m_connection;
};

static StoreListener *g_listener;
static void on_packet(u_char *user, const struct pcap_pkthdr *h, const u_char *bytes) {
  (void)user;
  (void)h;
  g_listener->receive(bytes);
}

int main() {
  DBConnection db("network.db");
  StoreListener listener(db);
  g_listener = &listener;
  char errbuf[PCAP_ERRBUF_SIZE];
  pcap_t *p = pcap_open_live("eth0", 65535, 1, 1000, errbuf);
  pcap_loop(p, 0, on_packet, nullptr);
}

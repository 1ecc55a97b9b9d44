// SOURCE: github.com/MichaelSekora/sipcollect mysql_handler.cpp + packet_handler.cpp + main.cpp (connectdb() creates the global MYSQL *conn only while `!mysqlpresent`, then sets the flag; packet_handler(), the pcap_loop callback run per captured SIP packet, only uses the global conn)
// LIBRARY: mysql
// FLAGS: -I../stubs
// SHAPE: negative - global connection created once behind a bool flag in init code; the per-packet callback reuses it
#include <mysql/mysql.h>
#include <pcap.h>
#include <cstdio>
#include <cstring>
#include <string>

bool use_database = true;
bool mysqlpresent = false;
MYSQL *conn = nullptr;
int version;
std::string dbhost = "127.0.0.1", dbname = "sipcollect", dbuser = "sip", dbpasswd = "sip";

MYSQL_RES *mysql_perform_query(MYSQL *connection, char *sql_query) {
  if (mysql_query(connection, sql_query))
    printf("\nMySQL query error : %s\n", mysql_error(connection));
  return mysql_use_result(connection);
}

int connectdb() {
  conn = nullptr;
  if (!mysqlpresent) {
    printf("\ntrying to connect to Database\n");
    conn = mysql_init(NULL);
    mysql_set_character_set(conn, "utf8mb4");
    mysql_real_connect(conn, dbhost.c_str(), dbuser.c_str(), dbpasswd.c_str(), dbname.c_str(), 3306, NULL, 0);
    version = mysql_get_server_version(conn);
    mysqlpresent = true;
  }
  return 0;
}

static std::string query_part2;
static int query_counter = 0;

void packet_handler(u_char *dumpfile, const struct pcap_pkthdr *header, const u_char *pkt_data) {
  (void)dumpfile;
  (void)header;
  char content_escaped[5000];
  const char *udp = (const char *)pkt_data + 42;
  if (use_database) mysql_real_escape_string(conn, content_escaped, udp, strlen(udp));
  query_part2 += std::string(query_counter ? ", " : "") + "('" + content_escaped + "')";
  if (++query_counter > 10) {
    std::string q = "INSERT INTO " + dbname + ".sip (`content`) VALUES " + query_part2 + ";";
    MYSQL_RES *result = mysql_perform_query(conn, &q[0]);
    if (result) mysql_free_result(result);
    query_counter = 0;
    query_part2.clear();
  }
}

int main() {
  char errbuf[PCAP_ERRBUF_SIZE];
  if (use_database) connectdb();
  pcap_t *adhandle = pcap_open_live("eth0", 65536, 1, 1000, errbuf);
  pcap_loop(adhandle, 0, packet_handler, NULL);
  return 0;
}

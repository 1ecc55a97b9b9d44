// SOURCE: public GitHub file (TRMDBStep::send, a test-step runner keeping one soci::connection_pool per connection string in a map; search-index id 9521819471; the index does not name its repository)
// LIBRARY: soci
// SHAPE: positive - the lease is taken through a pool pointer fetched from a map; the statement sits in a try block whose two catch handlers log and return SRST_ERREND without give_back, so every failed statement pins one session for good
#include <soci/soci.h>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>

enum TStepResult { SRST_SUCC, SRST_ERREND };

class TRMDBStep {
public:
  TStepResult send();

private:
  std::string m_connStr;
  std::string m_sqlStr;
};

static std::map<std::string, soci::connection_pool *> conn_map;

TStepResult TRMDBStep::send() {
  soci::connection_pool *db_conn_pool_ptr = conn_map[m_connStr];

  std::size_t pool_index = db_conn_pool_ptr->lease(); // EXPECT-WARN
  soci::session &sql = db_conn_pool_ptr->at(pool_index);
  try {
    sql << m_sqlStr;
  } catch (soci::soci_error const &e) {
    std::cerr << "database error: " << e.what() << std::endl;
    return SRST_ERREND;
  } catch (std::exception const &e) {
    std::cerr << "error, in TRMDBStep::send::" << e.what() << std::endl;
    return SRST_ERREND;
  }
  db_conn_pool_ptr->give_back(pool_index);
  return SRST_SUCC;
}

// SOURCE: public GitHub file of a Kafka-to-MySQL transfer service, InitMySQL (global std::unique_ptr<Poco::Data::SessionPool> pool; search-index id 44645605466; the index does not name its repository)
// LIBRARY: poco
// SHAPE: negative - the pooled Session is a local built from pool->get() inside the try block; it goes back to the pool when it is destroyed, whether the function returns true from the try, or a catch handler logs and the function returns false
// FLAGS:
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include <cstdio>
#include <memory>
#include <string>

std::unique_ptr<Poco::Data::SessionPool> pool;

bool InitMySQL(const std::string &connector, const std::string &conn_str,
               int min_conns, int max_conns, int max_alive) {
  pool = std::make_unique<Poco::Data::SessionPool>(connector, conn_str, min_conns,
                                                   max_conns, max_alive);
  try {
    Poco::Data::Session session(pool->get());
    Poco::Data::Statement statement(session);
    statement << "SHOW TABLES";
    statement.execute();
    Poco::Data::RecordSet rs(statement);
    std::size_t count = rs.rowCount();
    std::printf("init mysql success, %zu tables\n", count);
    for (std::size_t i = 0; i < count; ++i) {
      std::printf("%s\n", rs[i][0].convert<std::string>().c_str());
    }
    return true;
  } catch (Poco::Data::DataException &ex) {
    std::fprintf(stderr, "Data Exception: %s\n", ex.displayText().c_str());
  } catch (Poco::Exception &ex) {
    std::fprintf(stderr, "Poco Exception: %s\n", ex.displayText().c_str());
  }
  return false;
}

// SOURCE: VISHNU middleware, SOCIDatabase.cpp / MYSQLDatabase::process (public GitHub file; search-index id 31643641279; the index does not name its repository)
// LIBRARY: soci
// SHAPE: positive - rendered: the original leases from its own MYSQL pool; here the same control flow runs on a soci::connection_pool. Every error path releases the connection before throwing, except the one where the reconnect after a failed query also fails
// FLAGS:
#include <soci/soci.h>

#include <stdexcept>
#include <string>

const int ERRCODE_DBERR = 1;
const int SUCCESS = 0;

class SystemException : public std::runtime_error {
public:
  SystemException(int Code, const std::string &Msg)
      : std::runtime_error(Msg), code(Code) {}
  int code;
};

// Runs one statement; false when the server rejected it.
bool runQuery(soci::session &Sql, const std::string &Request);
// Reopens the session in place; false when the server cannot be reached.
bool reconnect(soci::session &Sql);
// Consumes the next result of a multi-statement request: 0 more, -1 done,
// >0 error.
int nextResult(soci::session &Sql);

class SOCIDatabase {
public:
  int process(std::string request);

private:
  soci::connection_pool *mpool;
};

int SOCIDatabase::process(std::string request) {
  std::size_t reqPos = mpool->lease(); // EXPECT-WARN
  soci::session &conn = mpool->at(reqPos);

  if (request.empty()) {
    mpool->give_back(reqPos);
    throw SystemException(ERRCODE_DBERR, "Empty SQL query");
  }
  if (request.at(request.length() - 1) != ';') {
    request.append(";");
  }

  if (!runQuery(conn, request)) {
    // try to reinitialise the socket
    if (!reconnect(conn)) {
      throw SystemException(ERRCODE_DBERR, "Cannot reconnect to the DB");
    }
    if (!runQuery(conn, request)) {
      mpool->give_back(reqPos);
      throw SystemException(ERRCODE_DBERR, "P-Query error");
    }
  }

  int res;
  do {
    if ((res = nextResult(conn)) > 0) {
      mpool->give_back(reqPos);
      throw SystemException(ERRCODE_DBERR, "P-Query error");
    }
  } while (res == 0);

  mpool->give_back(reqPos);
  return SUCCESS;
}

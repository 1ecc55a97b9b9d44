// SOURCE: public GitHub file SOCIDatabase.cpp of the VISHNU middleware (SysFera), SOCIDatabase::process and getConnection (search-index id 32167461019; the index does not name its repository)
// LIBRARY: soci
// SHAPE: positive - a query runner leases a session (try_lease with a timeout, as getConnection does; inlined here), and when the statement fails tries to reconnect; the handler for a failed reconnect throws its own exception without giving the position back, while the handler for a failed retry does give it back
#include <soci/soci.h>
#include <exception>
#include <string>

const int CONN_TIMEOUT = 15000; // in millisecond
enum { ERRCODE_DBERR = 2, ERRCODE_DBCONN = 3 };

class SystemException : public std::exception {
public:
  SystemException(int code, std::string msg) : code_(code), msg_(std::move(msg)) {}
  const char *what() const noexcept override { return msg_.c_str(); }

private:
  int code_;
  std::string msg_;
};

class SOCIDatabase {
public:
  int process(const std::string &request);

private:
  soci::connection_pool *mpool;
};

int SOCIDatabase::process(const std::string &request) {
  std::size_t pos;
  if (!mpool->try_lease(pos, CONN_TIMEOUT)) // EXPECT-WARN
    throw SystemException(ERRCODE_DBCONN, "Cannot get available DB connection");
  soci::session &conn = mpool->at(pos);

  if (request.empty()) {
    mpool->give_back(pos);
    throw SystemException(ERRCODE_DBERR, "Empty SQL query");
  }

  try {
    conn << request;
  } catch (std::exception const &e) {
    try {
      // try to reconnect the session
      conn.reconnect();
    } catch (std::exception const &e2) {
      throw SystemException(ERRCODE_DBERR,
                            std::string("Cannot reconnect to the DB : ") +
                                e2.what());
    }

    try {
      conn << request;
    } catch (std::exception const &e3) {
      mpool->give_back(pos);
      throw SystemException(ERRCODE_DBERR,
                            std::string("Cannot reconnect to the DB : ") +
                                e3.what());
    }
  }
  mpool->give_back(pos);
  return 0;
}

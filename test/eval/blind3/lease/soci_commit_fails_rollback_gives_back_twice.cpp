// SOURCE: public GitHub file SOCIDatabase.cpp of the VISHNU middleware (SysFera), SOCIDatabase::startTransaction/endTransaction (search-index id 32167461019; the index does not name its repository)
// LIBRARY: soci
// SHAPE: positive (hard) - when the commit fails, the handler rolls back, gives the position back and throws; that throw is itself caught by the inner handler, which gives the same position back a second time, so the pool holds the session twice. The lease, begin and commit of the two VISHNU functions are put in one function (reconstructed). Known limitation: a repeated give-back is reported only when every path reaching it has already given the lease back, and a failed rollback reaches the inner handler without one
#include <soci/soci.h>
#include <exception>
#include <string>

enum { ERRCODE_DBCONN = 3 };

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
  void runInTransaction(const std::string &request);

private:
  soci::connection_pool *mpool;
};

void SOCIDatabase::runInTransaction(const std::string &request) {
  std::size_t pos = mpool->lease();
  soci::session &conn = mpool->at(pos);

  try {
    conn.begin();
    conn << request;
    conn.commit();
  } catch (std::exception const &e) {
    try {
      conn.rollback();
      mpool->give_back(pos);
      throw SystemException(ERRCODE_DBCONN, "Failed to commit the transaction");
    } catch (std::exception const &e) {
      mpool->give_back(pos); // EXPECT-WARN
      throw SystemException(ERRCODE_DBCONN,
                            "Failed to rollback and commit the transaction");
    }
  }

  mpool->give_back(pos);
}

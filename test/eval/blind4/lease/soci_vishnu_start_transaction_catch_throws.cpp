// SOURCE: VISHNU middleware, SOCIDatabase.cpp, SOCIDatabase::startTransaction with getConnection inlined (public GitHub file; search-index id 31643641279; the index does not name its repository)
// LIBRARY: soci
// SHAPE: positive - the position leased for a transaction is handed to the caller as the transaction id on success, but when begin() throws the catch handler throws a SystemException without giving the position back, so every failed BEGIN pins one session of the pool
// FLAGS:
#include <soci/soci.h>

#include <exception>
#include <stdexcept>
#include <string>

const int CONN_TIMEOUT = 15000; // in milliseconds
const int ERRCODE_DBCONN = 2;

class SystemException : public std::runtime_error {
public:
  SystemException(int Code, const std::string &Msg)
      : std::runtime_error(Msg), code(Code) {}
  int code;
};

class SOCIDatabase {
public:
  int startTransaction();

private:
  soci::connection_pool *mpool;
};

int SOCIDatabase::startTransaction() {
  std::size_t pos;
  bool available_connection = mpool->try_lease(pos, CONN_TIMEOUT); // EXPECT-WARN
  if (!available_connection) {
    // TIMEOUT PASSED
    throw SystemException(ERRCODE_DBCONN, "Cannot get available DB connection");
  }
  soci::session &conn = mpool->at(pos);

  try {
    conn.begin();
  } catch (std::exception const &e) {
    throw SystemException(ERRCODE_DBCONN, "Failed to start transaction");
  }

  // DO NOT RELEASE THE CONNECTION, KEEPING TRANSACTION
  return static_cast<int>(pos);
}

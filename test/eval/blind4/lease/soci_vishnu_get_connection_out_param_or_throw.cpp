// SOURCE: VISHNU middleware, SOCIDatabase.cpp, SOCIDatabase::getConnection (public GitHub file; search-index id 31643641279; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative - (hard) the try_lease result goes through a local bool; on success the position leaves through the int& out-parameter (the transaction id the caller releases later) and the leased session is returned; on timeout the out-parameter is set to -1 and the function throws with nothing held
// FLAGS:
#include <soci/soci.h>

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
  soci::session &getConnection(int &id);
  void releaseConnection(int id);

private:
  soci::connection_pool *mpool;
};

soci::session &SOCIDatabase::getConnection(int &id) {
  bool available_connection;
  size_t pos;
  available_connection = mpool->try_lease(pos, CONN_TIMEOUT);

  if (available_connection) {
    id = (int)pos; // Transaction ID
    return mpool->at(pos);
  } else {
    // TIMEOUT PASSED
    id = -1;
    throw SystemException(ERRCODE_DBCONN, "Cannot get available DB connection");
  }
}

void SOCIDatabase::releaseConnection(int id) {
  if (id == -1)
    return;
  mpool->give_back(static_cast<std::size_t>(id));
}

// SOURCE: public GitHub file (PostGISConnection.cpp; search-index id 52838376640; the index does not name its repository)
// LIBRARY: libpq
// SHAPE: negative - Connect disconnects first, and on a failed connection finishes the member and resets it to null before returning the error
// FLAGS: -I/usr/include/postgresql
#include <libpq-fe.h>

#include <string>

class PostGISConnection {
public:
  ~PostGISConnection() { Disconnect(); }

  bool Connect(const std::string &connectionString) {
    Disconnect();
    m_conn = PQconnectdb(connectionString.c_str());
    if (PQstatus(m_conn) != CONNECTION_OK) {
      m_lastError = PQerrorMessage(m_conn);
      PQfinish(m_conn);
      m_conn = nullptr;
      return false;
    }
    return true;
  }

  void Disconnect() {
    if (m_conn) {
      PQfinish(m_conn);
      m_conn = nullptr;
    }
  }

private:
  PGconn *m_conn = nullptr;
  std::string m_lastError;
};

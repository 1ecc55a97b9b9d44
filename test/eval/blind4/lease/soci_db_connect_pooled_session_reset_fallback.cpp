// SOURCE: public GitHub file DataBaseConnect.cpp of a game server on SOCI/MySQL, FDataBaseConnect::FDataBaseConnect (search-index id 62017625451; the index does not name its repository)
// LIBRARY: soci
// SHAPE: negative - the constructor leases through a soci::session built on the pool inside a unique_ptr member; a dead pooled session is reset (which gives the slot back) and replaced by a standalone connection; a lease failure is caught and only logged
// FLAGS:
#include <soci/soci.h>

#include <iostream>
#include <memory>
#include <string>

class FDataBaseConnect {
public:
  FDataBaseConnect();

private:
  bool ValidateConnection();
  void SetSessionTimeouts();

  static std::unique_ptr<soci::connection_pool> Pool;
  static bool bPoolInitialized;
  static std::string ConnectionString;

  std::unique_ptr<soci::session> Session;
  bool bIsConnected;
};

FDataBaseConnect::FDataBaseConnect() : bIsConnected(false) {
  if (bPoolInitialized && Pool) {
    try {
      // Lease a session (blocks until one is free).
      Session = std::make_unique<soci::session>(*Pool);

      if (ValidateConnection()) {
        bIsConnected = true;
      } else {
        std::cerr << "Pooled connection dead: using standalone fallback\n";
        Session.reset(); // returns the dead slot to the pool
        Session = std::make_unique<soci::session>("mysql", ConnectionString);
        SetSessionTimeouts();
        bIsConnected = true;
      }
    } catch (const soci::soci_error &e) {
      std::cerr << "Failed to lease connection from pool: " << e.what() << "\n";
      bIsConnected = false;
    }
  } else {
    try {
      Session = std::make_unique<soci::session>("mysql", ConnectionString);
      SetSessionTimeouts();
      bIsConnected = true;
    } catch (const soci::soci_error &e) {
      std::cerr << "Database connection failed: " << e.what() << "\n";
      bIsConnected = false;
    }
  }
}

bool FDataBaseConnect::ValidateConnection() {
  if (!Session)
    return false;
  try {
    Session->once << "SELECT 1";
    return true;
  } catch (const soci::soci_error &) {
    return false;
  }
}

// SOURCE: public GitHub file (BVBoard::close_db_session_() { this->sql_.close(); } with a soci::session member and fetch_pin_data_(session *sql); search-index id 519347181; the index does not name its repository)
// LIBRARY: SOCI
// SHAPE: negative (hard) - a close method closes the soci::session member without reopening it; soci::session::close deletes the backend and clears it, so the member's own destructor closing it again is harmless, and later use throws a soci_error rather than touching freed memory
#include <soci/soci.h>
#include <iostream>
#include <string>

class BVBoard {
public:
  bool open_db_session_(const std::string &path) {
    try {
      sql_.open("sqlite3", "db=" + path);
      return true;
    } catch (soci::soci_error const &e) {
      std::cerr << "Error: " << e.what() << std::endl;
    }
    return false;
  }

  void close_db_session_() { this->sql_.close(); }

  int count_parts() {
    int n = 0;
    sql_ << "SELECT COUNT(*) FROM Layout", soci::into(n);
    return n;
  }

private:
  soci::session sql_;
};

// soci::session::open reconnects a closed session member: a close followed
// by open leaves the member holding an open session. A close without it is
// still reported.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <soci/soci.h>
#include <string>

class EventRepository {
public:
  explicit EventRepository(std::string Conn)
      : Conn(std::move(Conn)), Sql("postgresql", this->Conn) {}

  void reconnect() {
    Sql.close();
    Sql.open("postgresql", Conn);
  }

  void giveUp() {
    Sql.close();
    // CHECK: :[[@LINE-1]]:5: warning: 'soci::session::close' closes 'Sql' but leaves it holding the closed 'soci::session'; the next call through it uses a closed client [resource-shared-client-close]
    // CHECK: :[[@LINE+5]]:17: note: 'Sql' outlives this call
  }

private:
  std::string Conn;
  soci::session Sql;
};

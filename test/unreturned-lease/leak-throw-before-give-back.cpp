// A throw that leaves the function between taking a session from a
// soci::connection_pool and giving it back loses the lease: each such throw
// gets a note.
// RUN: %tidy -checks='-*,resource-unreturned-lease' %s -- -std=c++17 \
// RUN:   | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <soci/soci.h>
#include <stdexcept>
#include <string>

// Both throws leave the session leased.
std::string customerName(soci::connection_pool &Pool, int Id) {
  std::size_t Pos = Pool.lease();
  // CHECK: :[[@LINE-1]]:21: warning: 'soci::connection_pool::lease' takes a connection from its pool that is not given back on every path; the pool runs dry when leases are lost [resource-unreturned-lease]
  // CHECK: :[[@LINE+9]]:5: note: it leaks when this exception is thrown
  // CHECK: :[[@LINE+10]]:5: note: it leaks when this exception is thrown
  // CHECK: :[[@LINE-4]]:21: note: give it back with 'soci::connection_pool::give_back' on every path
  soci::session &Sql = Pool.at(Pos);
  std::string Name;
  soci::indicator Ind = soci::i_ok;
  Sql << "SELECT name FROM customers WHERE id = :id", soci::use(Id),
      soci::into(Name, Ind);
  if (!Sql.got_data())
    throw std::out_of_range("no such customer");
  if (Ind == soci::i_null)
    throw std::runtime_error("customer without a name");
  Pool.give_back(Pos);
  return Name;
}

// Control: given back before the throw.
std::string customerNameGivenBack(soci::connection_pool &Pool, int Id) {
  std::size_t Pos = Pool.lease();
  soci::session &Sql = Pool.at(Pos);
  std::string Name;
  Sql << "SELECT name FROM customers WHERE id = :id", soci::use(Id),
      soci::into(Name);
  bool Found = Sql.got_data();
  Pool.give_back(Pos);
  if (!Found)
    throw std::out_of_range("no such customer");
  return Name;
}

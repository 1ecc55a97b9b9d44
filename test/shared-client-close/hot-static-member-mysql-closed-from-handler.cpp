// A static data member is one object for the whole process: a method that
// an HTTP handler calls and that closes it closes it for every request.
// RUN: %tidy -checks='-*,resource-shared-client-close' %s -- -std=c++17 \
// RUN:   -I/usr/include/mariadb | %diags \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|note|error}}:'

#include <httplib.h>
#include <mysql.h>

class Inventory {
public:
  // Counts the stock, then closes the connection all instances share.
  unsigned long long countStock() {
    unsigned long long Count = 0;
    if (mysql_query(Conn, "SELECT COUNT(*) FROM stock") == 0)
      if (MYSQL_RES *Rows = mysql_store_result(Conn)) {
        Count = mysql_num_rows(Rows);
        mysql_free_result(Rows);
      }
    mysql_close(Conn);
    // CHECK: :[[@LINE-1]]:5: warning: 'mysql_close' closes the shared 'Conn' on every call to 'Inventory::countStock'; other callers may still be using it [resource-shared-client-close]
    // CHECK: :[[@LINE+14]]:36: note: 'Inventory::countStock' is called by the lambda here
    // CHECK: :[[@LINE+12]]:3: note: the lambda is registered with 'httplib::Server::Get' here as an HTTP request handler
    // CHECK: :[[@LINE+5]]:17: note: 'Conn' is shared by the whole process
    return Count;
  }

private:
  static MYSQL *Conn;
};

MYSQL *Inventory::Conn = nullptr;

void installStockRoutes(httplib::Server &Server, Inventory &Stock) {
  Server.Get("/stock", [&Stock](const httplib::Request &, httplib::Response &Res) {
    Res.set_content(std::to_string(Stock.countStock()), "text/plain");
  });
}
